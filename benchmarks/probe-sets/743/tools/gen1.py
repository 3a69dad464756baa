from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Lạng Sơn: Sản lượng na năm 2024 ước đạt hơn 40.000 tấn

Cập nhật: 09/09/2024 15:42 | Lượt xem: 3.128

(LSO) - Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh Lạng Sơn có 4.315 ha na, tăng 127 ha so với năm 2023; trong đó diện tích cho thu hoạch là 3.960 ha. Hai huyện trồng na tập trung là Chi Lăng và Hữu Lũng với diện tích lần lượt là 3.102 ha và 845 ha; phần còn lại rải rác ở Bắc Sơn, Cao Lộc, Văn Quan.

Năm nay thời tiết thuận lợi, năng suất bình quân ước đạt 102,5 tạ/ha; sản lượng ước đạt 40.590 tấn, tăng 6,8% so với năm 2023. Đầu vụ, giá na dai loại 1 tại vườn dao động từ 45.000 đến 60.000 đồng/kg, có thời điểm lên tới 80.000 đồng/kg; na bở từ 25.000 đến 35.000 đồng/kg. Tổng giá trị thu từ cây na ước đạt khoảng 1.250 tỷ đồng, chiếm 18,5% giá trị sản xuất ngành trồng trọt của tỉnh.

Na Chi Lăng được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký chỉ dẫn địa lý theo Quyết định số 5187/QĐ-SHTT ngày 21/10/2021. Tính đến tháng 8/2024, vùng chỉ dẫn địa lý gồm 21 xã, thị trấn thuộc các huyện Chi Lăng, Hữu Lũng với 2.850 ha; toàn tỉnh có 36 mã số vùng trồng na với tổng diện tích 1.126,4 ha, 14 hợp tác xã và 27 tổ hợp tác sản xuất, tiêu thụ na. Diện tích na đạt tiêu chuẩn VietGAP là 512 ha, chiếm 11,9% tổng diện tích.

Tỉnh phấn đấu đến năm 2025 duy trì diện tích na ổn định khoảng 4.500 ha, trong đó 30% diện tích đạt tiêu chuẩn VietGAP hoặc tương đương; giá trị sản xuất bình quân đạt từ 350 đến 400 triệu đồng/ha.

Cổng Thông tin điện tử tỉnh Lạng Sơn - Địa chỉ: số 2 đường Hùng Vương, phường Chi Lăng, TP Lạng Sơn. Điện thoại: 0205.3812.516
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NAY = per("Năm nay", "2024-01-01", "2024-12-31")
T8 = per("Tính đến tháng 8/2024", None, "2024-08-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt hơn 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng na", Y24,
        approx="over", status="estimate"),
    fig("có 4.315 ha na", "4.315", 4315, "measure", "ha", "diện tích na", Y24,
        change=chg("increase", 127, "ha", "năm 2023")),
    fig("cho thu hoạch là 3.960 ha", "3.960", 3960, "measure", "ha", "diện tích na cho thu hoạch", Y24, total=4315),
    fig("Hai huyện trồng na", "Hai", 2, "count", "huyện", "huyện trồng na tập trung", optional=True),
    fig("lần lượt là 3.102 ha", "3.102", 3102, "measure", "ha", "diện tích na", inh(Y24), location="Chi Lăng"),
    fig("và 845 ha", "845", 845, "measure", "ha", "diện tích na", inh(Y24), location="Hữu Lũng"),
    fig("ước đạt 102,5 tạ/ha", "102,5", 102.5, "measure", "tạ/ha", "năng suất na bình quân", NAY, status="estimate"),
    fig("ước đạt 40.590 tấn", "40.590", 40590, "measure", "tấn", "sản lượng na", NAY, status="estimate",
        change=chg("increase", 6.8, "%", "năm 2023")),
    fig("từ 45.000 đến 60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá na dai loại 1 tại vườn đầu vụ",
        value_max=60000),
    fig("lên tới 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá na dai loại 1 tại vườn"),
    fig("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá na bở", value_max=35000),
    fig("khoảng 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", "tổng giá trị thu từ cây na", inh(NAY),
        approx="about", status="estimate", percent=18.5),
    fig("gồm 21 xã, thị trấn", "21", 21, "count", "xã, thị trấn", "xã, thị trấn trong vùng chỉ dẫn địa lý na Chi Lăng", T8),
    fig("với 2.850 ha", "2.850", 2850, "measure", "ha", "diện tích vùng chỉ dẫn địa lý na Chi Lăng", T8),
    fig("có 36 mã số vùng trồng", "36", 36, "count", "mã số vùng trồng", "mã số vùng trồng na", T8),
    fig("tổng diện tích 1.126,4 ha", "1.126,4", 1126.4, "measure", "ha", "diện tích mã số vùng trồng na", T8),
    fig("14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất, tiêu thụ na", T8),
    fig("27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", "tổ hợp tác sản xuất, tiêu thụ na", T8),
    fig("VietGAP là 512 ha", "512", 512, "measure", "ha", "diện tích na đạt tiêu chuẩn VietGAP", inh(T8), percent=11.9),
    fig("ổn định khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích na", T25, approx="about", status="target"),
    fig("trong đó 30% diện tích", "30", 30, "percent", "%", "diện tích na đạt tiêu chuẩn VietGAP hoặc tương đương", T25,
        status="target"),
    fig("từ 350 đến 400 triệu đồng/ha", "350", 350e6, "money", "đồng/ha", "giá trị sản xuất na bình quân", T25,
        value_max=400e6, status="target"),
]

COMMENTS = [
    "Lạng Sơn province portal (breadcrumb, Cập nhật, Lượt xem): na 2024 area, output, price, GI, targets 2025.",
    "Distractors: Lượt xem: 3.128; Quyết định số 5187/QĐ-SHTT ngày 21/10/2021; 'loại 1' (grade); address số 2 đường Hùng Vương,",
    "phường Chi Lăng; phone 0205.3812.516. 'lần lượt' districts go to location. 'tăng 127 ha' is the change of 4.315 ha.",
    "'Hai huyện ... là Chi Lăng và Hữu Lũng' (a number word counting the listed items) is optional.",
]

if __name__ == "__main__":
    emit("p743-1", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Lạng Sơn")
