"""p612-3: UBND tỉnh Bình Định formal report — bus transport 9 months 2023, flattened | table by route group."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND
Bình Định, ngày 06 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động vận tải hành khách công cộng bằng xe buýt 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới tuyến
Toàn tỉnh hiện có 14 tuyến xe buýt, gồm 9 tuyến được trợ giá và 5 tuyến không trợ giá, với 126 phương tiện; 100% xe đã lắp thiết bị giám sát hành trình.

2. Sản lượng và kinh phí trợ giá
Bảng 1. Kết quả khai thác 9 tháng năm 2023
Nhóm tuyến | Số tuyến | Số xe | Hành khách (nghìn lượt) | Trợ giá (triệu đồng)
Tuyến nội thành | 5 | 52 | 1.846,2 | 9.420
Tuyến liên huyện | 4 | 41 | 735,8 | 6.185
Tuyến không trợ giá | 5 | 33 | 412,5 | 0
Tổng cộng | 14 | 126 | 2.994,5 | 15.605

Sản lượng hành khách 9 tháng tăng 9,4% so với cùng kỳ năm 2022. Kinh phí trợ giá đã giải ngân 15.605 triệu đồng, bằng 71,2% dự toán năm (21.920 triệu đồng). Tỷ lệ đáp ứng nhu cầu đi lại bằng xe buýt ước đạt 2,5%.

II. TỒN TẠI, HẠN CHẾ
Có 3/14 tuyến có hệ số sử dụng ghế dưới 30%; 21 xe (chiếm 16,7%) đã hoạt động trên 10 năm, cần sớm thay thế.

III. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu cả năm 2023 vận chuyển 4,1 triệu lượt hành khách. Dự kiến trong quý IV/2023 đưa vào khai thác thêm 20 xe buýt mới trên tuyến số 08 Quy Nhơn – Tam Quan (Quốc lộ 1).

Nơi nhận:
- Bộ GTVT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K14.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9I = I(M9)


def row(label, cells):
    """cells: list of (anchor, number, value) for Số tuyến, Số xe, Hành khách, Trợ giá."""
    cols = [("Số tuyến", "count", "tuyến"), ("Số xe", "count", "xe"),
            ("Hành khách", "count", "lượt"), ("Trợ giá", "money", "đồng")]
    out = []
    for (anchor, number, value), (col, kind, unit) in zip(cells, cols):
        out.append(F(anchor, number, value, kind, unit, subject=f"{col} {label.lower()}", period=M9I))
    return out


FIGS = [
    F("có 14 tuyến", "14", 14, "count", "tuyến", subject="tuyến xe buýt"),
    F("gồm 9 tuyến", "9", 9, "count", "tuyến", total=14, subject="tuyến được trợ giá"),
    F("và 5 tuyến", "5", 5, "count", "tuyến", total=14, subject="tuyến không trợ giá"),
    F("với 126 phương tiện", "126", 126, "count", "phương tiện", subject="phương tiện xe buýt"),
    F("100% xe", "100", 100, "percent", "%", subject="xe đã lắp thiết bị giám sát hành trình"),
]
FIGS += row("Tuyến nội thành", [("nội thành | 5", "5", 5), ("| 52 |", "52", 52),
                                 ("1.846,2", "1.846,2", 1846200), ("9.420", "9.420", 9420000000)])
FIGS += row("Tuyến liên huyện", [("liên huyện | 4", "4", 4), ("| 41 |", "41", 41),
                                  ("735,8", "735,8", 735800), ("6.185", "6.185", 6185000000)])
FIGS += row("Tuyến không trợ giá", [("trợ giá | 5", "5", 5), ("| 33 |", "33", 33),
                                     ("412,5", "412,5", 412500), ("| 0\n", "0", 0)])
FIGS += row("Tổng cộng", [("cộng | 14", "14", 14), ("| 126 |", "126", 126),
                           ("2.994,5", "2.994,5", 2994500), ("| 15.605", "15.605", 15605000000)])
FIGS += [
    F("tăng 9,4%", "9,4", 9.4, "percent", "%", subject="sản lượng hành khách",
      period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("giải ngân 15.605 triệu đồng", "15.605", 15605000000, "money", "đồng", percent=71.2,
      target=TG(21920000000, "đồng"), subject="kinh phí trợ giá đã giải ngân", period=M9I),
    F("ước đạt 2,5%", "2,5", 2.5, "percent", "%", status="estimate",
      subject="tỷ lệ đáp ứng nhu cầu đi lại bằng xe buýt", period=M9I),
    F("3/14", "3", 3, "count", "tuyến", total=14, subject="tuyến có hệ số sử dụng ghế dưới 30%"),
    F("dưới 30%", "30", 30, "percent", "%", approx="under", subject="hệ số sử dụng ghế", optional=True),
    F("21 xe", "21", 21, "count", "xe", percent=16.7, subject="xe đã hoạt động trên 10 năm"),
    F("trên 10 năm", "10", 10, "measure", "năm", approx="over", subject="thời gian hoạt động của xe",
      optional=True),
    F("vận chuyển 4,1 triệu", "4,1", 4100000, "count", "lượt hành khách", status="target",
      subject="lượt hành khách vận chuyển", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 20 xe", "20", 20, "count", "xe", status="forecast", subject="xe buýt mới đưa vào khai thác trên tuyến số 08 Quy Nhơn – Tam Quan",
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
]

COMMENTS = [
    "UBND tỉnh Bình Định, Báo cáo số 312/BC-UBND ngày 06/10/2023: xe buýt 9 tháng năm 2023, flattened '|' table by route group.",
    "Table: every numeric cell (the 0 too) is a figure; subject = column + row label; units from the headers ('nghìn lượt' ×10³,",
    "'triệu đồng' ×10⁶); period from the table title line (inherited, not scored); no Kế hoạch/Ước column, so cells are actual.",
    "Distractors: Số 312/BC-UBND, place-and-date line, section numbers I./1./2./II./III., 'Bảng 1', tuyến số 08, Quốc lộ 1, 'K14'.",
    "'bằng 71,2% dự toán năm (21.920 triệu đồng)': 71.2 is the percent of 15.605 triệu, the bracketed plan its target (spec 'result against plan').",
    "Thresholds 'dưới 30%' and 'trên 10 năm' are optional. '21 xe (chiếm 16,7%)': no whole named in the sentence, so no total.",
    "revised after first scoring: subject of '20 xe' now keeps the restrictive qualifier the sentence gives (trên tuyến số 08 Quy Nhơn – Tam Quan).",
]

if __name__ == "__main__":
    emit("p612-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Bình Định")
