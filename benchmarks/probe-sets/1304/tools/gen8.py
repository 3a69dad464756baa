"""p1304-8: magazine: sapôchê lò rèn of xã Vĩnh Kim, huyện Châu Thành (Tiền Giang)."""
from lib import F, P, I, C, T, year, write

TEXT = """TẠP CHÍ VƯỜN VIỆT
Chuyên mục: Làng nghề - Đặc sản vùng miền

Sapôchê lò rèn Vĩnh Kim: trái ngọt làm giàu trên đất vườn

Thứ Hai, 11/11/2024 07:00
Bài và ảnh: Thanh Tâm

Được trồng từ hơn 100 năm trước ở xã Vĩnh Kim, huyện Châu Thành (Tiền Giang), sapôchê lò rèn nay là một trong những đặc sản trái cây nổi tiếng của miền Tây.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Châu Thành, toàn huyện có 520 ha sapôchê, riêng xã Vĩnh Kim có gần 180 ha. Sản lượng năm 2023 đạt 9.600 tấn; giá bán bình quân từ 18.000 đến 25.000 đồng/kg, có thời điểm trái loại 1 lên tới 35.000 đồng/kg.

Ông Trần Văn Lộc (ấp Vĩnh Thạnh, xã Vĩnh Kim) có 1,5 ha sapôchê trồng xen sầu riêng, mỗi năm thu trên 30 tấn trái. "Cây sapôchê ít sâu bệnh, tốn ít phân thuốc nên nhà vườn lời cao", ông Lộc nói. Năm ngoái, trừ chi phí, gia đình ông lãi khoảng 450 triệu đồng.

Năm 2022, 42 nhà vườn thành lập Tổ hợp tác sapôchê Vĩnh Kim, nay đã có 68 thành viên với 95 ha. Tổ hợp tác liên kết với 3 doanh nghiệp, mỗi tháng cung ứng khoảng 120 tấn trái cho các siêu thị ở TP Hồ Chí Minh và hai container sang Trung Quốc.

Giai đoạn 2021-2023, huyện đã hỗ trợ chuyển giao kỹ thuật ghép cải tạo cho hơn 60 ha vườn già cỗi. Huyện Châu Thành đặt mục tiêu đến năm 2025 có ít nhất 200 ha sapôchê đạt chứng nhận VietGAP, đồng thời phát triển 5 điểm du lịch miệt vườn gắn với đặc sản sapôchê lò rèn.

Tạp chí Vườn Việt số 46, tháng 11/2024
"""

Y23 = year("năm 2023", 2023)
LAST = year("Năm ngoái", 2023)
Y22 = year("Năm 2022", 2022)
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 520 ha", "520", 520, "measure", "ha", subject="diện tích sapôchê toàn huyện"),
    F("gần 180 ha", "180", 180, "measure", "ha", approx="nearly", subject="diện tích sapôchê xã Vĩnh Kim"),
    F("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", subject="sản lượng sapôchê", period=Y23),
    F("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/kg", value_max=25000,
      subject="giá bán bình quân sapôchê", period=Y23),
    F("lên tới 35.000", "35.000", 35000, "money", "đồng/kg", subject="giá trái loại 1", period=Y23),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích sapôchê của ông Trần Văn Lộc"),
    F("trên 30 tấn", "30", 30, "measure", "tấn/năm", approx="over", subject="sản lượng trái ông Lộc thu mỗi năm"),
    F("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", subject="tiền lãi của gia đình ông Lộc",
      period=LAST),
    F("42 nhà vườn", "42", 42, "count", "nhà vườn", subject="nhà vườn thành lập Tổ hợp tác sapôchê Vĩnh Kim",
      period=Y22),
    F("có 68 thành viên", "68", 68, "count", "thành viên", subject="thành viên tổ hợp tác"),
    F("với 95 ha", "95", 95, "measure", "ha", subject="diện tích sapôchê của tổ hợp tác"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp liên kết với tổ hợp tác"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn/tháng", approx="about",
      subject="trái sapôchê cung ứng cho các siêu thị"),
    F("hai container", "hai", 2, "measure", "container/tháng", subject="container sapôchê xuất sang Trung Quốc"),
    F("hơn 60 ha", "60", 60, "measure", "ha", approx="over",
      subject="diện tích vườn già cỗi được hỗ trợ chuyển giao kỹ thuật ghép cải tạo", period=G),
    F("ít nhất 200 ha", "200", 200, "measure", "ha", approx="at_least", status="target",
      subject="diện tích sapôchê đạt chứng nhận VietGAP", period=TO25),
    F("phát triển 5 điểm", "5", 5, "count", "điểm", status="target",
      subject="điểm du lịch miệt vườn gắn với đặc sản sapôchê lò rèn", period=TO25),
]

NOTES = [
    "Magazine (invented 'Tạp chí Vườn Việt'): section line, 'Thứ Hai, 11/11/2024 07:00', 'Bài và ảnh:', issue line at the end.",
    "Distractors: 07:00, 'hơn 100 năm trước' (a duration that only locates the planting in time), 'một trong những',",
    "'số 46, tháng 11/2024' (issue number and month).",
    "All figures are in huyện Châu Thành (xã Vĩnh Kim is a commune of it); TP Hồ Chí Minh and Trung Quốc are destinations, not places.",
    "'riêng xã Vĩnh Kim có gần 180 ha' after the district total: 'riêng' is no part-of-whole cue in the spec → no total.",
    "'Năm ngoái' → 2023 (the year before published). 'nay đã có 68 thành viên' → no period. 'mỗi năm'/'mỗi tháng' amounts are rates",
    "(tấn/năm, tấn/tháng, container/tháng); 'hai container' shares 'mỗi tháng' with the 120 tấn. 'lên tới' is not an approx cue.",
    "revised after the first run: 'hơn 60 ha' subject starts with 'diện tích' like every other ha figure of the set.",
]

if __name__ == "__main__":
    write("p1304-8", TEXT, NOTES, FIGS, published="2024-11-11", location="Châu Thành")
