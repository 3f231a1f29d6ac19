import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({executablePath:'/usr/bin/chromium', headless:true, args:['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync']});
const p = await b.newPage();
const persp = process.argv[2]||'zelf';
await p.goto('http://localhost:5199/demo/gemeente.html',{waitUntil:'networkidle0'});
const sleep=ms=>new Promise(r=>setTimeout(r,ms));
await sleep(800);
function state(){
  return p.evaluate(()=>{
    const host=document.querySelector('regelingen-wizard');
    const all=[];
    (function walk(n){ if(n.shadowRoot) walk(n.shadowRoot); for(const c of n.children||[]){ all.push(c); walk(c);} })(host);
    const vis=all.filter(e=>e.getClientRects().length);
    const legend=vis.filter(e=>['legend','h2','h3','label'].includes(e.tagName.toLowerCase())).map(e=>e.tagName+':'+e.innerText.replace(/\s+/g,' ').trim()).slice(0,30);
    const inputs=vis.filter(e=>e.tagName==='INPUT'||e.tagName==='SELECT'||e.tagName==='BUTTON').map(e=>{
      const lab=e.labels&&e.labels[0]?e.labels[0].innerText.trim():e.innerText?.trim();
      return e.tagName+'['+(e.type||'')+'] name='+e.name+' value='+e.value+' :: '+lab;
    });
    return {legend, inputs};
  });
}
async function click(sel){ await p.evaluate((sel)=>{
  const host=document.querySelector('regelingen-wizard');
  const all=[];(function walk(n){ if(n.shadowRoot) walk(n.shadowRoot); for(const c of n.children||[]){ all.push(c); walk(c);} })(host);
  const el=all.find(e=>e.matches(sel)&&e.getClientRects().length); if(!el) throw new Error('no '+sel); el.click();
},sel); await sleep(150);}
await click(`input[value="${persp}"]`); await click('button[type=submit]');
for(let i=0;i<40;i++){
  const s=await state(); console.log('---STEP',i); console.log(s.legend.join('\n')); console.log(s.inputs.join('\n'));
  const hasWeet=s.inputs.find(x=>/weet ik niet/i.test(x));
  if(!s.inputs.some(x=>/INPUT/.test(x))) break;
  const r=await p.evaluate(()=>{
    const host=document.querySelector('regelingen-wizard');
    const all=[];(function walk(n){ if(n.shadowRoot) walk(n.shadowRoot); for(const c of n.children||[]){ all.push(c); walk(c);} })(host);
    const vis=all.filter(e=>e.getClientRects().length);
    const w=vis.find(e=>e.tagName==='INPUT'&&e.labels&&e.labels[0]&&/weet ik niet/i.test(e.labels[0].innerText));
    const al=vis.find(e=>e.tagName==="INPUT"&&e.value==="alles"); if(al){al.click();} else if(w){w.click(); } else { const r=vis.find(e=>e.tagName==='INPUT'&&(e.type==='radio'||e.type==='checkbox')); if(r) r.click(); else { const n=vis.find(e=>e.tagName==='INPUT'); if(n){n.value='40'; n.dispatchEvent(new Event('input',{bubbles:true}));} } }
    return 1;
  });
  await sleep(100);
  await click('button[type=submit]');
}
await b.close();
