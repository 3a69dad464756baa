import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CON CUÔNG

Thứ Hai, 07/10/2024 - 14:35

Con Cuông: Tháo gỡ hơn 2.300 bẫy thú trong rừng Pù Mát

Quý III/2024, trên địa bàn huyện Con Cuông, Hạt Kiểm lâm Vườn quốc gia Pù Mát phối hợp với UBND các xã vùng đệm tổ chức 186 đợt tuần tra, truy quét với 1.488 lượt người tham gia; tháo gỡ 2.317 bẫy thú các loại (trong đó 1.950 bẫy dây phanh, 367 bẫy kẹp), phá hủy 23 lán trại, thu giữ 6 khẩu súng kíp.

Qua ứng dụng SMART, các tổ tuần tra đã đi được 3.642 km, ghi nhận 415 dấu hiệu, hình ảnh của động vật hoang dã, tăng gần 1,5 lần so với quý II. Từ hệ thống 120 bẫy ảnh đặt tại các tiểu khu 812, 835 và 871 thuộc xã Môn Sơn, Châu Khê, Vườn đã ghi nhận 32 loài thú, trong đó có 11 loài được ghi trong Sách Đỏ Việt Nam như sao la, mang lớn, voọc xám. Đội tuần tra số 2 lần đầu tiên chụp được hình ảnh cá thể sao la sau nhiều năm vắng bóng.

Cùng với tuần tra, từ đầu năm đến nay, huyện đã chi trả dịch vụ môi trường rừng gần 28,6 tỷ đồng cho 4.120 hộ nhận khoán bảo vệ 58.740 ha rừng, bình quân khoảng 6,9 triệu đồng/hộ. Nhờ có nguồn thu ổn định, số vụ khai thác gỗ trái phép ven Quốc lộ 7A, đoạn Km 27 - Km 35 giảm rõ rệt.

Trong quý IV, Hạt Kiểm lâm dự kiến tổ chức 200 đợt tuần tra, tập trung vào mùa săn bắt cuối năm. Năm 2024, huyện phấn đấu giữ tỷ lệ che phủ rừng ở mức 74,5%, không để xảy ra cháy rừng.

Hoàng Lam - Trung tâm VH-TT&TT huyện
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07")

FIGS = [
    F("hơn 2.300 bẫy", "2.300", 2300, "count", "bẫy thú", "bẫy thú tháo gỡ", approx="over"),
    F("tổ chức 186 đợt", "186", 186, "count", "đợt tuần tra, truy quét", "đợt tuần tra, truy quét", period=Q3),
    F("với 1.488 lượt người", "1.488", 1488, "count", "lượt người", "lượt người tham gia tuần tra, truy quét", period=Q3),
    F("tháo gỡ 2.317 bẫy", "2.317", 2317, "count", "bẫy thú", "bẫy thú tháo gỡ", period=Q3),
    F("1.950 bẫy dây phanh", "1.950", 1950, "count", "bẫy dây phanh", "bẫy dây phanh", total=2317, period=Q3),
    F("367 bẫy kẹp", "367", 367, "count", "bẫy kẹp", "bẫy kẹp", total=2317, period=Q3),
    F("phá hủy 23 lán trại", "23", 23, "count", "lán trại", "lán trại phá hủy", period=Q3),
    F("thu giữ 6 khẩu", "6", 6, "count", "khẩu súng kíp", "súng kíp thu giữ", period=Q3),
    F("được 3.642 km", "3.642", 3642, "measure", "km", "quãng đường các tổ tuần tra đã đi qua ứng dụng SMART", period=Q3i),
    F("ghi nhận 415 dấu hiệu", "415", 415, "count", "dấu hiệu, hình ảnh", "dấu hiệu, hình ảnh của động vật hoang dã",
      change=CH("increase", 1.5, "lần", "quý II", approx="nearly"), period=Q3i),
    F("thống 120 bẫy ảnh", "120", 120, "count", "bẫy ảnh", "bẫy ảnh", period=Q3i),
    F("ghi nhận 32 loài", "32", 32, "count", "loài thú", "loài thú ghi nhận qua bẫy ảnh", period=Q3i),
    F("có 11 loài", "11", 11, "count", "loài", "loài được ghi trong Sách Đỏ Việt Nam", total=32, period=Q3i),
    F("gần 28,6 tỷ đồng", "28,6", 28.6e9, "money", "đồng", "chi trả dịch vụ môi trường rừng", approx="nearly", period=YTD),
    F("cho 4.120 hộ", "4.120", 4120, "count", "hộ", "hộ nhận khoán bảo vệ rừng", period=YTD),
    F("bảo vệ 58.740 ha", "58.740", 58740, "measure", "ha", "rừng nhận khoán bảo vệ", period=YTD),
    F("khoảng 6,9 triệu đồng/hộ", "6,9", 6.9e6, "money", "đồng/hộ", "chi trả dịch vụ môi trường rừng bình quân",
      approx="about", period=YTD),
    F("tổ chức 200 đợt", "200", 200, "count", "đợt tuần tra", "đợt tuần tra", status="forecast",
      period=P("quý IV", "2024-10-01", "2024-12-31")),
    F("mức 74,5%", "74,5", 74.5, "percent", None, "tỷ lệ che phủ rừng", status="target", period=Y(2024, "Năm 2024")),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Con Cuông, Nghệ An): Vườn quốc gia Pù Mát on the district's territory, quý III/2024 — patrols, traps, SMART, camera traps, forest payments.",
    "Dateline 'Thứ Hai, 07/10/2024 - 14:35'; byline at the end. Title 'hơn 2.300 bẫy thú' (no period in the title).",
    "Distractors: 'tiểu khu 812, 835 và 871', 'Đội tuần tra số 2', 'lần đầu tiên', 'Quốc lộ 7A', 'Km 27 - Km 35' (a road section, not a range), 'Trung tâm VH-TT&TT'.",
    "Bracketed 'trong đó' breakdown of 2.317 bẫy gives totals; '11 loài' after 'trong đó' is part of 32 loài thú. 'tăng gần 1,5 lần so với quý II' is the change of 415.",
    "Second-paragraph figures inherit quý III/2024 from the first paragraph. 'từ đầu năm đến nay' = 2024-01-01 .. dateline 2024-10-07.",
    "'dự kiến tổ chức 200 đợt' in 'quý IV' (year from the earlier quý III/2024) is a forecast; 'Năm 2024, huyện phấn đấu … 74,5%' a target.",
    "revised after the first run: 3.642 km subject now uses the sentence's own words ('các tổ tuần tra đã đi') instead of the paraphrase 'quãng đường tuần tra'.",
    "Location: everything is stated 'trên địa bàn huyện Con Cuông'; communes (Môn Sơn, Châu Khê) are below district level and do not change it.",
]

if __name__ == "__main__":
    sys.exit(1 if emit(3, TEXT, COMMENTS, FIGS, published="2024-10-07", location="Con Cuông") else 0)
