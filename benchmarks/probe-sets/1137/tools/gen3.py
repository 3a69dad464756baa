"""p1137-3: formal report UBND tỉnh Bình Thuận, water-saving irrigation 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện tưới tiên tiến, tiết kiệm nước cho cây trồng cạn năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích tưới tiết kiệm nước
Tính đến ngày 30/11/2023, toàn tỉnh có 14.620 ha cây trồng cạn áp dụng tưới tiết kiệm nước, tăng 1.850 ha so với cuối năm 2022, đạt 97,5% kế hoạch năm. Trong đó, thanh long 9.870 ha, cây ăn quả khác 2.310 ha, rau màu và cây hằng năm 2.440 ha.

2. Kết quả theo địa bàn
Đơn vị tính: ha
Địa phương | Nhỏ giọt | Phun mưa | Tổng cộng
Hàm Thuận Bắc | 1.960 | 4.180 | 6.140
Hàm Thuận Nam | 1.240 | 3.050 | 4.290
Bắc Bình | 870 | 1.420 | 2.290
Các địa phương khác | 650 | 1.250 | 1.900
Tổng số | 4.720 | 9.900 | 14.620

3. Bơm nước năng lượng mặt trời
Toàn tỉnh có 326 hộ, hợp tác xã sử dụng bơm năng lượng mặt trời để tưới thanh long, tổng công suất khoảng 1.150 kWp. Chi phí lắp đặt bình quân 28 triệu đồng/hệ thống; mỗi hệ thống giúp giảm khoảng 40% chi phí điện so với bơm điện lưới.

II. KẾ HOẠCH NĂM 2024
Phấn đấu phát triển mới 1.500 ha tưới tiết kiệm nước, nâng tổng diện tích lên trên 16.000 ha; hỗ trợ lắp đặt 150 hệ thống bơm năng lượng mặt trời với mức hỗ trợ tối đa 20 triệu đồng/hệ thống.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31")
COLS = {"Nhỏ giọt": "diện tích tưới nhỏ giọt", "Phun mưa": "diện tích tưới phun mưa",
        "Tổng cộng": "tổng cộng diện tích tưới tiết kiệm"}
PLACES = {"Hàm Thuận Bắc", "Hàm Thuận Nam", "Bắc Bình"}


def cell(anchor, number, value, row, col):
    subj = COLS[col]
    loc = row if row in PLACES else "Bình Thuận"
    if row not in PLACES:
        subj = f"{subj} {row.lower()}"
    return F(anchor, number, value, "measure", "ha", subject=subj, location=loc, period=I(ASOF))


FIGS = [
    F("có 14.620 ha", "14.620", 14620, "measure", "ha",
      change=C("increase", 1850, "ha", "cuối năm 2022"), percent=97.5,
      subject="diện tích cây trồng cạn áp dụng tưới tiết kiệm nước", period=ASOF),
    F("thanh long 9.870 ha", "9.870", 9870, "measure", "ha", total=14620,
      subject="diện tích thanh long tưới tiết kiệm nước", period=I(ASOF)),
    F("khác 2.310 ha", "2.310", 2310, "measure", "ha", total=14620,
      subject="diện tích cây ăn quả khác tưới tiết kiệm nước", period=I(ASOF)),
    F("hằng năm 2.440 ha", "2.440", 2440, "measure", "ha", total=14620,
      subject="diện tích rau màu và cây hằng năm tưới tiết kiệm nước", period=I(ASOF)),
    cell("Bắc | 1.960", "1.960", 1960, "Hàm Thuận Bắc", "Nhỏ giọt"),
    cell("1.960 | 4.180", "4.180", 4180, "Hàm Thuận Bắc", "Phun mưa"),
    cell("4.180 | 6.140", "6.140", 6140, "Hàm Thuận Bắc", "Tổng cộng"),
    cell("Nam | 1.240", "1.240", 1240, "Hàm Thuận Nam", "Nhỏ giọt"),
    cell("1.240 | 3.050", "3.050", 3050, "Hàm Thuận Nam", "Phun mưa"),
    cell("3.050 | 4.290", "4.290", 4290, "Hàm Thuận Nam", "Tổng cộng"),
    cell("Bình | 870", "870", 870, "Bắc Bình", "Nhỏ giọt"),
    cell("870 | 1.420", "1.420", 1420, "Bắc Bình", "Phun mưa"),
    cell("1.420 | 2.290", "2.290", 2290, "Bắc Bình", "Tổng cộng"),
    cell("khác | 650", "650", 650, "Các địa phương khác", "Nhỏ giọt"),
    cell("650 | 1.250", "1.250", 1250, "Các địa phương khác", "Phun mưa"),
    cell("1.250 | 1.900", "1.900", 1900, "Các địa phương khác", "Tổng cộng"),
    cell("Tổng số | 4.720", "4.720", 4720, "Tổng số", "Nhỏ giọt"),
    cell("4.720 | 9.900", "9.900", 9900, "Tổng số", "Phun mưa"),
    cell("9.900 | 14.620", "14.620", 14620, "Tổng số", "Tổng cộng"),
    F("có 326 hộ", "326", 326, "count", "hộ, hợp tác xã",
      subject="hộ, hợp tác xã sử dụng bơm năng lượng mặt trời để tưới thanh long", period=I(Y23)),
    F("khoảng 1.150 kWp", "1.150", 1150, "measure", "kWp", approx="about",
      subject="tổng công suất bơm năng lượng mặt trời", period=I(Y23)),
    F("bình quân 28 triệu", "28", 28000000, "money", "đồng/hệ thống",
      subject="chi phí lắp đặt bình quân hệ thống bơm năng lượng mặt trời"),
    F("khoảng 40% chi phí", "40", 40, "percent", "%", approx="about",
      subject="chi phí điện giảm so với bơm điện lưới"),
    F("mới 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
      subject="diện tích tưới tiết kiệm nước phát triển mới", period=I(Y24)),
    F("trên 16.000 ha", "16.000", 16000, "measure", "ha", approx="over", status="target",
      subject="tổng diện tích tưới tiết kiệm nước", period=I(Y24)),
    F("đặt 150 hệ thống", "150", 150, "count", "hệ thống", status="target",
      subject="hệ thống bơm năng lượng mặt trời được hỗ trợ lắp đặt", period=I(Y24)),
    F("tối đa 20 triệu", "20", 20000000, "money", "đồng/hệ thống", approx="at_most", status="target",
      subject="mức hỗ trợ lắp đặt hệ thống bơm năng lượng mặt trời", period=I(Y24)),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH BÌNH THUẬN', 'Số: 318/BC-UBND', 'Bình Thuận, ngày 20 tháng 12 năm 2023', sections, 'Nơi nhận'.",
    "Distractors: document number 318/BC-UBND, section numbers I., II., 1.-3., 'Lưu: VT, KT', baseline 'cuối năm 2022'.",
    "Flattened | table ('Đơn vị tính: ha'): rows are districts (location) except 'Các địa phương khác' and 'Tổng số' (subject, province).",
    "Table subject = caption indicator with the column label; table cells have no totals; period inherited from section 1's as-of date.",
    "14.620 ha carries both a change (tăng 1.850 ha so với cuối năm 2022) and a share (đạt 97,5% kế hoạch năm).",
    "Section II targets: 'Phấn đấu' governs the clauses after ';' too (150 systems, ceiling 20 triệu). Heading year → inherited.",
]

if __name__ == "__main__":
    write("p1137-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Bình Thuận")
