"""How long `dtextract merge` takes on the records of a large archive (issue 14: 2 million figures <= 2 minutes).

Synthesises the JSONL that `dtextract batch` would write for N articles
(default 100 000 articles, about 2 million figures): provincial releases
(province x period x indicator) that three or four outlets each report with
their own rounding (`hơn 1,5 triệu`, `1,51 triệu`, `1.512.345`) and their
own wording of the subject (synonyms, `số`, `của tỉnh`, the period and place
inside the subject), a few outlets that disagree, changes riding with the
figures, and many figures stated once. Then it times, separately, reading
the file (polars), merging, and writing the facts as Parquet and JSONL, and
prints wall and CPU seconds (CPU counts every thread of this process).

    .venv/bin/python benchmarks/merge_bench.py                 # 2 million figures
    .venv/bin/python benchmarks/merge_bench.py --articles 5000  # a quick look

Needs the merge extra: pip install -e '.[merge]'.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dtextract import merge as M  # noqa: E402

PROVINCES = ["Phú Thọ", "Yên Bái", "Bắc Ninh", "Thái Nguyên", "Nghệ An", "Hà Tĩnh", "Quảng Nam", "Đà Nẵng",
             "Cần Thơ", "An Giang", "Lâm Đồng", "Gia Lai", "Bình Dương", "Đồng Nai", "Hải Phòng", "Hà Nội",
             "Thanh Hóa", "Nam Định", "Thái Bình", "Hưng Yên", "Lào Cai", "Sơn La", "Điện Biên", "Kon Tum",
             "Bến Tre", "Cà Mau", "Kiên Giang", "Long An", "Tây Ninh", "Bình Phước", "Khánh Hòa", "Phú Yên",
             "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Hòa Bình",
             "Vĩnh Phúc", "Hải Dương", "Hà Nam", "Ninh Bình", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
             "Quảng Ngãi", "Bình Định", "Ninh Thuận", "Bình Thuận", "Đắk Lắk", "Đắk Nông", "Bà Rịa - Vũng Tàu",
             "TP. Hồ Chí Minh", "Tiền Giang", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "Hậu Giang", "Sóc Trăng",
             "Bạc Liêu", "Lai Châu"]
#: (subject wordings, unit, kind, typical size)
INDICATORS = [
    (["hồ sơ trực tuyến", "số hồ sơ trực tuyến", "hồ sơ được tiếp nhận trực tuyến"], "hồ sơ", "count", 1.5e6),
    (["hồ sơ giải quyết đúng hạn", "số hồ sơ giải quyết đúng hạn"], "hồ sơ", "count", 9e5),
    (["Chỉ số giá tiêu dùng (CPI)", "CPI", "chỉ số giá tiêu dùng"], "%", "percent", 3.0),
    (["kim ngạch xuất khẩu", "Kim ngạch xuất khẩu hàng hóa", "giá trị xuất khẩu"], "USD", "money", 2.4e9),
    (["kim ngạch nhập khẩu", "Kim ngạch nhập khẩu hàng hoá"], "USD", "money", 1.9e9),
    (["Tổng sản phẩm trên địa bàn (GRDP)", "GRDP", "tốc độ tăng trưởng GRDP"], "%", "percent", 7.0),
    (["tổng thu ngân sách nhà nước", "thu ngân sách", "Thu NSNN"], "đồng", "money", 1.2e13),
    (["doanh nghiệp thành lập mới", "số doanh nghiệp đăng ký thành lập mới"], "doanh nghiệp", "count", 1800),
    (["lượt khách du lịch", "khách du lịch"], "lượt khách", "count", 4.5e6),
    (["tỷ lệ hồ sơ trực tuyến", "tỉ lệ hồ sơ trực tuyến"], "%", "percent", 68.0),
    (["tỷ lệ hồ sơ trực tuyến toàn trình", "tỉ lệ hồ sơ trực tuyến toàn trình"], "%", "percent", 41.0),
    (["vốn FDI đăng ký", "vốn đầu tư trực tiếp nước ngoài đăng ký"], "USD", "money", 6e8),
    (["vốn FDI thực hiện", "vốn đầu tư trực tiếp nước ngoài thực hiện"], "USD", "money", 3e8),
    (["tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tổng mức bán lẻ"], "đồng", "money", 8e13),
    (["giải ngân vốn đầu tư công", "giải ngân đầu tư công"], "đồng", "money", 5e12),
]
WORDS = ["trường học", "trạm y tế", "km đường", "hộ nghèo", "lao động", "hợp tác xã", "camera", "điểm wifi",
         "tài khoản", "thẻ căn cước", "người dân", "xã nông thôn mới", "sản phẩm OCOP", "máy chủ", "cán bộ"]
QUALIFIERS = ["mới", "được hỗ trợ", "hoàn thành", "đăng ký", "kết nối", "nâng cấp", "sửa chữa", "cải tạo",
              "khởi công", "nghiệm thu", "bàn giao", "đưa vào sử dụng", "đạt chuẩn", "tập huấn", "kiểm tra"]
PLACES = ["khu vực phía bắc", "vùng sâu", "vùng xa", "ven biển", "miền núi", "khu công nghiệp", "biên giới",
          "nội thành", "ngoại thành", "hải đảo", "vùng đồng bào", "lưu vực sông", "đô thị", "làng nghề"]
PROGRAMMES = ["chương trình mục tiêu", "đề án chuyển đổi số", "dự án nông thôn", "kế hoạch cải cách", "quỹ hỗ trợ",
              "nguồn vốn xã hội hóa", "chương trình khuyến công", "dự án sinh kế", "đề án đô thị thông minh",
              "chương trình giảm nghèo", "dự án giao thông", "kế hoạch phòng chống thiên tai", "quỹ phát triển",
              "chương trình việc làm", "đề án giáo dục", "dự án môi trường", "chương trình OCOP", "quỹ tín dụng"]
MONTHS = [(f"tháng {m}/{y}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-28") for y in range(2015, 2025) for m in range(1, 13)]
YEARS = [(f"năm {y}", f"{y}-01-01", f"{y}-12-31") for y in range(2010, 2025)]
PERIODS = MONTHS + YEARS


def _group(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _written(value: float, unit: str, kind: str, rng: random.Random) -> tuple[str, float, str]:
    """(text, value as written, approx) for one outlet's rounding of ``value``."""
    if kind == "percent":
        style = rng.random()
        if style < 0.5:
            return f"{value:.2f}%".replace(".", ","), round(value, 2), "exact"
        if style < 0.8:
            return f"{value:.1f}%".replace(".", ","), round(value, 1), "exact"
        return f"gần {value + 0.05:.1f}%".replace(".", ","), round(value + 0.05, 1), "nearly"
    scale, word = (1e9, "tỷ") if value >= 1e9 else (1e6, "triệu") if value >= 1e6 else (1, "")
    style = rng.random()
    if style < 0.35 or not word:
        n = round(value)
        return f"{_group(n)} {unit}", float(n), "exact"
    if style < 0.7:
        w = round(value / scale, 2)
        return f"{w:.2f} {word} {unit}".replace(".", ","), w * scale, "exact"
    w = int(value / scale * 10) / 10
    return f"hơn {w:.1f} {word} {unit}".replace(".", ","), w * scale, "over"


def synthesise(path: Path, articles: int, seed: int = 14) -> int:
    """Write the JSONL of ``articles`` synthetic articles to ``path``; the number of figures."""
    rng = random.Random(seed)
    truth: dict[tuple[str, int, int], float] = {}
    n = 0
    with open(path, "w", encoding="utf-8") as fp:
        for a in range(articles):
            province = rng.choice(PROVINCES)
            period = rng.randrange(len(PERIODS))
            ptext, pstart, pend = PERIODS[period]
            source = f"bao-{a % 40:02d}/bai-{a:06d}.html"
            offset = 120
            figures = []
            # the release: about 9 facts that other outlets also report
            for i in rng.sample(range(len(INDICATORS)), 9):
                wordings, unit, kind, size = INDICATORS[i]
                key = (province, period, i)
                if key not in truth:
                    truth[key] = size * rng.uniform(0.5, 1.5)
                value = truth[key]
                if rng.random() < 0.03:  # an outlet that got it wrong
                    value *= rng.choice([0.8, 1.25])
                text, written, approx = _written(value, unit, kind, rng)
                subject = rng.choice(wordings)
                if rng.random() < 0.3:
                    subject = f"{subject} {ptext} của tỉnh {province}"
                change = None
                if rng.random() < 0.4:
                    change = {"direction": "increase", "value": round(truth[key] % 17, 1), "unit": "%",
                              "approx": "exact", "baseline": rng.choice(["cùng kỳ năm trước", None])}
                figures.append((subject, text, written, approx, unit, kind, change))
                if rng.random() < 0.1:  # the headline repeated in the body
                    figures.append(figures[-1])
            # figures stated once
            for _ in range(rng.randint(8, 12)):
                word = rng.choice(WORDS)
                value = float(rng.randint(3, 90_000))
                subject = f"{word} {rng.choice(QUALIFIERS)} {rng.choice(PLACES)} {rng.choice(PROGRAMMES)} " \
                          f"{rng.choice(PROGRAMMES)}"
                figures.append((subject, f"{_group(int(value))} {word}", value, "exact", word, "count", None))
            for subject, text, written, approx, unit, kind, change in figures:
                sentence = f"Theo báo cáo, {ptext} {subject} của tỉnh {province} đạt {text}, " \
                           f"góp phần hoàn thành các mục tiêu phát triển kinh tế - xã hội của địa phương."
                record = {"source": source, "published": None, "text": text, "start": offset,
                          "end": offset + len(text), "sentence": sentence, "kind": kind, "value": written,
                          "value_max": None, "unit": unit, "approx": approx, "total": None, "percent": None,
                          "change": change, "target": None, "subject": subject,
                          "period": {"text": ptext, "start": pstart, "end": pend, "inferred": False},
                          "location": province, "status": "actual", "rule": "number"}
                fp.write(json.dumps(record, ensure_ascii=False))
                fp.write("\n")
                offset += len(sentence) + 1
                n += 1
    return n


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--input", type=Path, help="merge this JSONL instead of synthesising one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.input
        if path is None:
            path = Path(tmp) / "figures.jsonl"
            started = time.perf_counter()
            count = synthesise(path, args.articles)
            print(f"synthesised {count:,} figures of {args.articles:,} articles "
                  f"({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s (not timed)")
        stages = []
        wall0, cpu0 = time.perf_counter(), _cpu()

        def stage(name: str, fn):  # noqa: ANN001, ANN202
            w, c = time.perf_counter(), _cpu()
            result = fn()
            stages.append((name, time.perf_counter() - w, _cpu() - c))
            return result

        frame = stage("read JSONL", lambda: M.read_records(path))
        merged = stage("merge", lambda: M.merge(frame))
        stage("write parquet", lambda: M.write(merged, "parquet", path=Path(tmp) / "facts.parquet"))
        stage("write jsonl", lambda: M.write(merged, "jsonl", path=Path(tmp) / "facts.jsonl"))
        wall, cpu = time.perf_counter() - wall0, _cpu() - cpu0
        facts = merged.facts
        print(f"{frame.height:,} figures -> {facts.height:,} facts; "
              f"{int((facts['n_sources'] > 1).sum()):,} stated by 2+ sources, {int(facts['conflict'].sum()):,} "
              f"in conflict; cores: {os.cpu_count()}")
        for name, w, c in stages:
            print(f"  {name:<14} wall {w:6.1f} s   cpu {c:6.1f} s")
        print(f"  {'total':<14} wall {wall:6.1f} s   cpu {cpu:6.1f} s")


if __name__ == "__main__":
    main()
