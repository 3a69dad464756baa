"""p1485-7: department site (Sở TN&MT Đà Nẵng), no dateline: collection of discarded fridges, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả thu gom, xử lý tủ lạnh, tủ đông thải bỏ

Thực hiện Đề án thu gom chất thải điện tử, thiết bị làm lạnh giai đoạn 2022-2025, năm 2023 các đơn vị trên địa bàn thành phố thu gom 6.412 chiếc tủ lạnh, tủ đông, tủ mát thải bỏ, tăng 27,5% so với năm 2022 và bằng 91,6% kế hoạch. Lượng môi chất lạnh HCFC-22 và HFC-134a thu hồi đạt 1,26 tấn.

Số lượng thiết bị làm lạnh thải bỏ được thu gom
Đơn vị tính: chiếc
Loại thiết bị
Năm 2022
Năm 2023
Kế hoạch 2024
Tủ lạnh gia đình
3.786
4.705
5.200
Tủ đông
894
1.236
1.450
Tủ mát thương mại
349
471
550
Tổng cộng
5.029
6.412
7.200

Toàn bộ thiết bị được chuyển về Nhà máy xử lý chất thải công nghiệp Khánh Sơn để tháo dỡ; trên 85% khối lượng kim loại, nhựa được tái chế. Chi phí xử lý bình quân khoảng 180.000 đồng/chiếc, do ngân sách thành phố chi trả.

Năm 2024, Sở phấn đấu thu gom tối thiểu 7.200 chiếc, mở thêm 4 điểm tiếp nhận tại các quận Liên Chiểu, Cẩm Lệ, Sơn Trà và huyện Hòa Vang, nâng tổng số điểm tiếp nhận lên 12 điểm.

Tin liên quan:
- Ngày hội tái chế rác thải điện tử năm 2023
- Hướng dẫn thực hiện Thông tư số 02/2022/TT-BTNMT

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 6, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.236
Lượt truy cập: 1.274.906 | Đang trực tuyến: 52
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Tủ lạnh gia đình", ["3.786", "4.705", "5.200"]), ("Tủ đông", ["894", "1.236", "1.450"]),
        ("Tủ mát thương mại", ["349", "471", "550"]), ("Tổng cộng", ["5.029", "6.412", "7.200"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=f"{label.lower()} thải bỏ được thu gom {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("thu gom 6.412 chiếc", "6.412", 6412, "count", "chiếc", percent=91.6,
        change=chg("increase", 27.5, "%", "năm 2022"),
        subject="tủ lạnh, tủ đông, tủ mát thải bỏ các đơn vị thu gom", period=Y23),
    fig("đạt 1,26 tấn", "1,26", 1.26, "measure", "tấn",
        subject="lượng môi chất lạnh HCFC-22 và HFC-134a thu hồi", period=inh(Y23)),
] + CELLS + [
    fig("trên 85%", "85", 85, "percent", "%", approx="over",
        subject="khối lượng kim loại, nhựa được tái chế", period=inh(Y23)),
    fig("khoảng 180.000", "180.000", 180000, "money", "đồng/chiếc", approx="about",
        subject="chi phí xử lý bình quân"),
    fig("tối thiểu 7.200 chiếc", "7.200", 7200, "count", "chiếc", approx="at_least", status="target",
        subject="thiết bị làm lạnh thải bỏ Sở thu gom", period=Y24),
    fig("thêm 4 điểm", "4", 4, "count", "điểm", status="target",
        subject="điểm tiếp nhận mở thêm", period=Y24),
    fig("lên 12 điểm", "12", 12, "count", "điểm", status="target",
        subject="tổng số điểm tiếp nhận", period=Y24),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Đà Nẵng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "No date of the article in the text: no 'published'.",
    "Distractors: 'giai đoạn 2022-2025' (period), 'HCFC-22', 'HFC-134a' (refrigerant names), 'Thông tư số 02/2022/TT-BTNMT',",
    "'Tầng 6', '24 Trần Phú', '0236.3822.236', 'Lượt truy cập: 1.274.906', 'Đang trực tuyến: 52', 'năm 2023' in a link title.",
    "Lead: 'tăng 27,5% so với năm 2022 và bằng 91,6% kế hoạch' → change + percent of 6.412 chiếc.",
    "One-cell-per-line table, 'Đơn vị tính: chiếc': subject = row label + column label, period from the column header (scored),",
    "'Kế hoạch 2024' → target; cells get no total (no 'trong đó' row).",
    "'trên 85% khối lượng ... được tái chế' is a percent figure of its own; '180.000 đồng/chiếc' a standing unit cost (no period).",
    "'Năm 2024, Sở phấn đấu ...' governs the whole sentence: 7.200 (at_least), 4 and 12 điểm are targets.",
    "The new points are spread over three quận and a huyện: location stays Đà Nẵng.",
]

if __name__ == "__main__":
    write("p1485-7", TEXT, NOTES, FIGS, published=None, location="Đà Nẵng")
