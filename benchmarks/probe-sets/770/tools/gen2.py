"""p770-2: Gia Lộc (Hải Dương) district portal — winter vegetables 2023."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LỘC - TỈNH HẢI DƯƠNG
Thứ Năm, 21/12/2023 - 15:20

Gia Lộc: Rau màu vụ đông cho thu nhập trên 150 triệu đồng/ha

Vụ đông năm 2023, toàn huyện gieo trồng được 2.846 ha cây vụ đông, bằng 102% kế hoạch, tăng 4,5% so với vụ đông năm 2022. Trong đó, rau các loại 1.920 ha (bắp cải 865 ha, su hào 610 ha, cà rốt 445 ha), ngô đông 418 ha, khoai tây 356 ha, còn lại là dưa, bí và cây trồng khác. Các xã ven Quốc lộ 37 gồm Gia Tân, Đồng Quang, Quang Minh và Nhật Tân có diện tích vụ đông lớn nhất, chiếm gần 40% diện tích toàn huyện.

Theo ước tính của Phòng Nông nghiệp và PTNT huyện, năng suất bắp cải bình quân đạt 42 tấn/ha, su hào đạt 28 tấn/ha. Giá bán tại ruộng hiện dao động từ 3.000 đến 5.000 đồng/kg. Sau khi trừ chi phí, mỗi ha rau vụ đông cho thu nhập trên 150 triệu đồng, cao gấp 2 lần so với trồng ngô.

Để chủ động nguồn giống, năm 2023 huyện hỗ trợ 50% giá giống khoai tây cho 12 hợp tác xã với tổng kinh phí gần 1,2 tỷ đồng. Hiện toàn huyện có 15 cánh đồng rau an toàn với diện tích 320 ha, trong đó 85 ha được cấp giấy chứng nhận VietGAP.

Vụ đông năm 2024, huyện đặt mục tiêu gieo trồng 3.000 ha, trong đó diện tích rau an toàn đạt 400 ha.

Phương Thảo (Trung tâm VHTT&TT huyện)

Địa chỉ: Số 2 đường Nguyễn Chế Nghĩa, thị trấn Gia Lộc, tỉnh Hải Dương. Điện thoại: 0220.3716.225
"""

Y23 = Y(2023, "Vụ đông năm 2023")
Y23b = Y(2023, "năm 2023")
Y24 = Y(2024, "Vụ đông năm 2024")
FIGS = [
    F("trên 150 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "thu nhập từ rau màu vụ đông", approx="over"),
    F("được 2.846 ha", "2.846", 2846, "measure", "ha", "diện tích cây vụ đông gieo trồng", Y23, percent=102,
      change=CH("increase", 4.5, "%", "vụ đông năm 2022")),
    F("rau các loại 1.920 ha", "1.920", 1920, "measure", "ha", "diện tích rau các loại", I(Y23), total=2846),
    F("bắp cải 865 ha", "865", 865, "measure", "ha", "diện tích bắp cải", I(Y23), total=1920),
    F("su hào 610 ha", "610", 610, "measure", "ha", "diện tích su hào", I(Y23), total=1920),
    F("cà rốt 445 ha", "445", 445, "measure", "ha", "diện tích cà rốt", I(Y23), total=1920),
    F("ngô đông 418 ha", "418", 418, "measure", "ha", "diện tích ngô đông", I(Y23), total=2846),
    F("khoai tây 356 ha", "356", 356, "measure", "ha", "diện tích khoai tây", I(Y23), total=2846),
    F("chiếm gần 40%", "40", 40, "percent", "%",
      "tỷ trọng diện tích vụ đông của các xã Gia Tân, Đồng Quang, Quang Minh và Nhật Tân trong diện tích toàn huyện",
      approx="nearly"),
    F("đạt 42 tấn/ha", "42", 42, "measure", "tấn/ha", "năng suất bắp cải bình quân", status="estimate"),
    F("đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất su hào", status="estimate"),
    F("từ 3.000 đến 5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá bán rau tại ruộng", value_max=5000),
    F("thu nhập trên 150 triệu đồng,", "150", 150e6, "money", "đồng/ha", "thu nhập mỗi ha rau vụ đông sau khi trừ chi phí",
      approx="over", change=CH("increase", 2, "lần", "trồng ngô")),
    F("hỗ trợ 50% giá giống", "50", 50, "percent", "%", "mức hỗ trợ giá giống khoai tây", Y23b),
    F("cho 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã được hỗ trợ giá giống khoai tây", Y23b),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí hỗ trợ giá giống khoai tây", Y23b, approx="nearly"),
    F("có 15 cánh đồng", "15", 15, "count", "cánh đồng", "cánh đồng rau an toàn"),
    F("diện tích 320 ha", "320", 320, "measure", "ha", "diện tích cánh đồng rau an toàn"),
    F("trong đó 85 ha", "85", 85, "measure", "ha", "diện tích rau an toàn được cấp giấy chứng nhận VietGAP", total=320),
    F("gieo trồng 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích cây vụ đông gieo trồng", Y24, status="target"),
    F("đạt 400 ha", "400", 400, "measure", "ha", "diện tích rau an toàn", Y24, total=3000, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lộc (Hải Dương): kết quả vụ đông năm 2023 — diện tích theo cây trồng, năng suất, giá, thu nhập, hỗ trợ giống, kế hoạch 2024.",
    "Dateline 'Thứ Năm, 21/12/2023 - 15:20'. District portal: location = Gia Lộc. 'Quốc lộ 37', the address and phone are not figures.",
    "The bracket after 1.920 ha adds up (865 + 610 + 445), so its items take total 1920; the other parts after 'Trong đó' take 2846.",
    "'cao gấp 2 lần so với trồng ngô' after the income figure is its change (lần). 'Theo ước tính …' makes both yields estimates.",
]

if __name__ == "__main__":
    emit("p770-2", TEXT, COMMENTS, FIGS, published="2023-12-21", location="Gia Lộc")
