"""p1297-3: formal report (UBND tỉnh Đắk Nông, Số: 412/BC-UBND): first-time GCN 2024, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [("TP Gia Nghĩa", "Gia Nghĩa", ["1.126", "1.342", "1.400"]),
        ("Cư Jút", "Cư Jút", ["980", "1.105", "1.200"]),
        ("Đắk Glong", "Đắk Glong", ["1.514", "1.687", "1.750"]),
        ("Đắk Mil", "Đắk Mil", ["1.233", "1.208", "1.300"]),
        ("Đắk R'lấp", "Đắk R'lấp", ["1.985", "2.210", "2.300"]),
        ("Đắk Song", "Đắk Song", ["1.740", "1.618", "1.800"]),
        ("Krông Nô", "Krông Nô", ["1.903", "2.274", "2.400"]),
        ("Tuy Đức", "Tuy Đức", ["2.254", "2.416", "2.600"])]


def num(s):
    return int(s.replace(".", ""))


TOT = [sum(num(r[2][i]) for r in ROWS) for i in range(3)]
assert TOT == [12735, 13860, 14750], TOT
TOTS = [f"{t:,}".replace(",", ".") for t in TOT]

TABLE = "\n".join(
    ["STT | Huyện, thành phố | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025"]
    + [f"{i} | {label} | " + " | ".join(nums) for i, (label, _, nums) in enumerate(ROWS, 1)]
    + [" | Tổng cộng | " + " | ".join(TOTS)])

TEXT = """UBND TỈNH ĐẮK NÔNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả cấp giấy chứng nhận quyền sử dụng đất lần đầu năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, toàn tỉnh ước cấp 13.860 GCN lần đầu, đạt 92,4% kế hoạch năm (15.000 giấy); diện tích cấp ước 14.215 ha. Lũy kế đến ngày 30/11/2024, diện tích đã cấp GCN là 457.300 ha/483.900 ha cần cấp, đạt 94,5%.
2. Kết quả cấp GCN lần đầu theo địa phương
Đơn vị tính: giấy
""" + TABLE + """
3. Đo đạc, chỉnh lý bản đồ địa chính: đã đo đạc bổ sung 3.420 ha, gồm 2.150 ha đất nông nghiệp và 1.270 ha đất phi nông nghiệp tại 11 xã; chỉnh lý biến động 18.650 thửa đất. Cơ sở dữ liệu đất đai đã vận hành tại 4/8 huyện, thành phố.

II. KẾ HOẠCH NĂM 2025
Phấn đấu cấp 14.750 GCN lần đầu; hoàn thành đo đạc bản đồ địa chính cho khoảng 6.000 ha đất do các công ty nông, lâm nghiệp bàn giao về địa phương. Kinh phí dự kiến từ 40 đến 45 tỷ đồng, bố trí từ nguồn thu tiền sử dụng đất.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quang Hiếu
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31")
ASOF = per("đến ngày 30/11/2024", None, "2024-11-30")
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch năm 2025", per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]

CELLS = []
for label, place, nums in ROWS + [("Tổng cộng", "Đắk Nông", TOTS)]:
    prev = label
    for (cname, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"GCN lần đầu {cname}" if label != "Tổng cộng" else f"tổng cộng GCN lần đầu {cname}"
        CELLS.append(fig(f"{prev} | {n}", n, num(n), "count", "giấy", subject=subj, period=p,
                         location=place, **kw))
        prev = n

FIGS = [
    fig("ước cấp 13.860 GCN", "13.860", 13860, "count", "GCN", percent=92.4, target=tgt(15000, "giấy"),
        status="estimate", subject="GCN lần đầu toàn tỉnh cấp", period=Y24),
    fig("ước 14.215 ha", "14.215", 14215, "measure", "ha", status="estimate", subject="diện tích cấp GCN lần đầu",
        period=Y24),
    fig("là 457.300 ha", "457.300", 457300, "measure", "ha", total=483900, percent=94.5,
        subject="diện tích đã cấp GCN lũy kế", period=ASOF),
] + CELLS + [
    fig("bổ sung 3.420 ha", "3.420", 3420, "measure", "ha", subject="diện tích đo đạc bổ sung", period=inh(Y24H)),
    fig("gồm 2.150 ha", "2.150", 2150, "measure", "ha", total=3420, subject="diện tích đo đạc bổ sung đất nông nghiệp",
        period=inh(Y24H)),
    fig("và 1.270 ha", "1.270", 1270, "measure", "ha", total=3420,
        subject="diện tích đo đạc bổ sung đất phi nông nghiệp", period=inh(Y24H)),
    fig("tại 11 xã", "11", 11, "count", "xã", subject="xã đo đạc bổ sung", period=inh(Y24H)),
    fig("18.650 thửa", "18.650", 18650, "count", "thửa đất", subject="thửa đất chỉnh lý biến động",
        period=inh(Y24H)),
    fig("tại 4/8 huyện", "4", 4, "count", "huyện, thành phố", total=8,
        subject="huyện, thành phố có cơ sở dữ liệu đất đai đã vận hành", period=inh(Y24H)),
    fig("cấp 14.750 GCN", "14.750", 14750, "count", "GCN", status="target", subject="GCN lần đầu cấp",
        period=inh(Y25H)),
    fig("khoảng 6.000 ha", "6.000", 6000, "measure", "ha", approx="about", status="target",
        subject="diện tích đất do các công ty nông, lâm nghiệp bàn giao cần đo đạc bản đồ địa chính",
        period=inh(Y25H)),
    fig("từ 40 đến 45 tỷ", "40", 40e9, "money", "đồng", value_max=45e9, status="forecast",
        subject="kinh phí đo đạc", period=inh(Y25H)),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐẮK NÔNG', 'Số: 412/BC-UBND', 'Đắk Nông, ngày 20 tháng 12 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: document number 412/BC-UBND, section numbers I., II., 1.-3., table row numbers 1-8 (STT), 'Lưu: VT'.",
    "13.860 'đạt 92,4% kế hoạch năm (15.000 giấy)': percent 92,4 and the bracketed plan is the target (15.000).",
    "'457.300 ha/483.900 ha cần cấp, đạt 94,5%': total 483.900, percent 94,5; as-of 30/11/2024.",
    "Flattened '|' table, 'Đơn vị tính: giấy': every numeric cell is a count of giấy; district rows give location (Tổng cộng → the",
    "province); period from the column header; 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. Cells carry no total.",
    "Item 3 and section II stand under headings 'NĂM 2024' / 'NĂM 2025' (other sentences): periods inherited (not scored).",
    "'gồm 2.150 ha ... và 1.270 ha' → total 3.420. '4/8 huyện, thành phố' → total 8. 'Kinh phí dự kiến từ 40 đến 45 tỷ' → forecast, range.",
    "Section II 'Phấn đấu' governs both clauses of its sentence (target); the next sentence has its own cue 'dự kiến' (forecast).",
]

if __name__ == "__main__":
    write("p1297-3", TEXT, NOTES, FIGS, published="2024-12-20", location="Đắk Nông")
