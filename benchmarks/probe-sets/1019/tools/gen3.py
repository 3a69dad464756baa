"""p1019-3: formal report, UBND tỉnh An Giang: exchange agents (| table), remittance payouts, inspections, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH AN GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả quản lý hoạt động đổi ngoại tệ và chi trả kiều hối 9 tháng năm 2023

I. TÌNH HÌNH HOẠT ĐỘNG
1. Đại lý đổi ngoại tệ
Tính đến ngày 30/9/2023, trên địa bàn tỉnh có 52 đại lý đổi ngoại tệ được cấp giấy chứng nhận đăng ký theo Thông tư số 34/2015/TT-NHNN, giảm 4 đại lý so với cuối năm 2022. Doanh số mua, bán ngoại tệ của các đại lý 9 tháng năm 2023 như sau:
Đơn vị tính: nghìn USD
Địa bàn | Doanh số mua | Doanh số bán
Long Xuyên | 5.214 | 5.160
Châu Đốc | 8.736 | 8.692
Tịnh Biên | 3.418 | 3.395
An Phú | 2.145 | 2.120
Tân Châu | 1.327 | 1.302
Tổng cộng | 20.840 | 20.669

2. Chi trả kiều hối
9 tháng năm 2023, doanh số chi trả kiều hối qua các tổ chức tín dụng trên địa bàn ước đạt 198,5 triệu USD, bằng 76,3% kế hoạch năm, tăng 4,8% so với cùng kỳ năm 2022. Kiều hối chủ yếu từ Mỹ, Úc, Canada; bình quân mỗi tháng chi trả khoảng 22 triệu USD.

II. CÔNG TÁC THANH TRA, KIỂM TRA
Trong 9 tháng, Ngân hàng Nhà nước chi nhánh tỉnh đã tiến hành 3 cuộc thanh tra, 12 cuộc kiểm tra đối với 38 đại lý; phối hợp với Công an tỉnh, Bộ đội Biên phòng tỉnh kiểm tra 46 lượt tiệm vàng, điểm thu đổi tự do tại khu vực cửa khẩu Tịnh Biên, Vĩnh Xương. Qua đó phát hiện 9 trường hợp mua bán ngoại tệ trái phép, ban hành 9 quyết định xử phạt với tổng số tiền 387,5 triệu đồng theo Nghị định số 88/2019/NĐ-CP; tịch thu 12.400 USD và 58 triệu riel.

III. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu doanh số chi trả kiều hối cả năm 2023 đạt 260 triệu USD.
2. Dự kiến thu hồi giấy chứng nhận của 3 đại lý không phát sinh doanh số trên 6 tháng.
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9b = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

ROWS = [("Long Xuyên", "5.214", "5.160"), ("Châu Đốc", "8.736", "8.692"), ("Tịnh Biên", "3.418", "3.395"),
        ("An Phú", "2.145", "2.120"), ("Tân Châu", "1.327", "1.302"), ("Tổng cộng", "20.840", "20.669")]


def n(s):
    return float(s.replace(".", ""))


FIGS = [
    F("có 52 đại lý", "52", 52, "count", "đại lý", "đại lý đổi ngoại tệ được cấp giấy chứng nhận đăng ký", ASOF,
      change=C("decrease", 4, "đại lý", "cuối năm 2022")),
]
for place, buy, sell in ROWS:
    loc = None if place == "Tổng cộng" else place
    extra = {"location": loc} if loc else {}
    tail = " tổng cộng" if not loc else ""
    FIGS.append(F(f"{place} | {buy}", buy, n(buy) * 1e3, "money", "USD", "doanh số mua" + tail,
                  I(M9), **extra))
    FIGS.append(F(f"{buy} | {sell}", sell, n(sell) * 1e3, "money", "USD", "doanh số bán" + tail,
                  I(M9), **extra))
FIGS += [
    F("ước đạt 198,5 triệu USD", "198,5", 198.5e6, "money", "USD", "doanh số chi trả kiều hối qua các tổ chức tín dụng",
      M9, status="estimate", percent=76.3, change=C("increase", 4.8, "%", "cùng kỳ năm 2022")),
    F("khoảng 22 triệu USD", "22", 22e6, "money", "USD/tháng", "kiều hối chi trả bình quân mỗi tháng", I(M9),
      approx="about"),
    F("tiến hành 3 cuộc thanh tra", "3", 3, "count", "cuộc thanh tra", "cuộc thanh tra đại lý đổi ngoại tệ", M9b),
    F("12 cuộc kiểm tra", "12", 12, "count", "cuộc kiểm tra", "cuộc kiểm tra đại lý đổi ngoại tệ", M9b),
    F("đối với 38 đại lý", "38", 38, "count", "đại lý", "đại lý được thanh tra, kiểm tra", M9b),
    F("kiểm tra 46 lượt", "46", 46, "count", "lượt", "lượt kiểm tra tiệm vàng, điểm thu đổi tự do tại khu vực cửa khẩu", M9b),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp mua bán ngoại tệ trái phép", I(M9b)),
    F("ban hành 9 quyết định", "9", 9, "count", "quyết định", "quyết định xử phạt", I(M9b)),
    F("tiền 387,5 triệu đồng", "387,5", 387.5e6, "money", "đồng", "tổng số tiền xử phạt", I(M9b)),
    F("tịch thu 12.400 USD", "12.400", 12400, "money", "USD", "ngoại tệ bị tịch thu", I(M9b)),
    F("58 triệu riel", "58", 58e6, "money", "riel", "tiền riel bị tịch thu", I(M9b)),
    F("đạt 260 triệu USD", "260", 260e6, "money", "USD", "doanh số chi trả kiều hối", Y23, status="target"),
    F("của 3 đại lý", "3", 3, "count", "đại lý", "đại lý dự kiến bị thu hồi giấy chứng nhận",
      P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True), status="forecast"),
    F("trên 6 tháng", "6", 6, "measure", "tháng", "thời gian không phát sinh doanh số", approx="over", optional=True),
]

NOTES = [
    "Báo cáo UBND tỉnh An Giang số 287/BC-UBND: đại lý đổi ngoại tệ, doanh số mua/bán (flattened | table, nghìn USD), chi trả kiều hối, thanh tra.",
    "Table cells: unit from 'Đơn vị tính: nghìn USD' (x1000); period from the line above the table (inherited); row place = location;",
    "the 'Tổng cộng' row is a figure of its own (An Giang), table cells get no total.",
    "'bằng 76,3% kế hoạch năm' = percent of 198,5 triệu USD; 'bình quân mỗi tháng ... 22 triệu USD' = USD/tháng, actual (own sentence).",
    "'trên 6 tháng' is a category threshold (optional); the tasks take QUÝ IV/2023 from the heading (inherited). The 3 đại lý in item 2 stand under 'Dự kiến' (forecast); item 1 'Phấn đấu' = target.",
    "revised: table subjects are the column label plus the row label when it is not a place ('doanh số mua tổng cộng'), per FIGURES.md Tables.",
    "Distractors: Số: 287/BC-UBND, Thông tư số 34/2015/TT-NHNN, Nghị định số 88/2019/NĐ-CP, section numbers, QUÝ IV/2023 heading.",
]

if __name__ == "__main__":
    write("p1019-3", TEXT, FIGS, NOTES, published="2023-10-16", location="An Giang")
