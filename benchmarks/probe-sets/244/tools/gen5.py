from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẾ PHONG - TỈNH NGHỆ AN
Ngày đăng: 05/09/2024

Quế Phong đẩy mạnh phổ cập điện thoại thông minh cho người dân vùng cao

Từ đầu năm đến nay, Ban Chỉ đạo chuyển đổi số huyện phối hợp với Viettel Quế Phong, VNPT Quế Phong hỗ trợ 2.160 hộ nghèo, hộ cận nghèo chuyển từ điện thoại "cục gạch" sang điện thoại thông minh, với mức hỗ trợ từ 500.000 đến 1,2 triệu đồng/máy. Chương trình do 213 Tổ công nghệ số cộng đồng với 1.065 thành viên trực tiếp hướng dẫn người dân cài đặt, sử dụng.

Đến nay, tỷ lệ hộ gia đình có điện thoại thông minh trên địa bàn huyện đạt 78,4%, tăng 6,2 điểm phần trăm so với cuối năm 2023; tỷ lệ người trưởng thành sử dụng điện thoại thông minh đạt 71,5%. Toàn huyện có 13/13 xã, thị trấn được phủ sóng 4G đến trung tâm xã, nhưng vẫn còn 17 bản lõm sóng.

Từ đầu năm, các nhà mạng phát triển mới 9.350 thuê bao di động, trong đó Viettel 6.420 thuê bao, VNPT 2.150 thuê bao, MobiFone 780 thuê bao. Số hộ lắp đặt Internet cáp quang mới đạt gần 1.900 hộ, gấp 1,5 lần cùng kỳ; cước bình quân khoảng 165.000 đồng/tháng.

Theo Kế hoạch số 125/KH-UBND ngày 12/3/2024 của UBND huyện, phấn đấu đến hết năm 2024 tỷ lệ hộ gia đình có điện thoại thông minh đạt 85%; đến năm 2025 tối thiểu 90% người trưởng thành có điện thoại thông minh và không còn bản lõm sóng.

Mọi thông tin xin liên hệ Phòng Văn hóa và Thông tin huyện, điện thoại 0238.3885.112.

Số lượt truy cập: 1.208.774
"""

FROM = lambda text, inh=False: per(text, "2024-01-01", "2024-09-05", inh)
NOW = lambda inh=False: ASOF("Đến nay", 2024, 9, 5, inh)
F = [
    fig("hỗ trợ 2.160 hộ", "2.160", 2160, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ chuyển sang điện thoại thông minh",
        period=FROM("Từ đầu năm đến nay")),
    fig("từ 500.000 đến 1,2 triệu", "500.000", 500000, "money", "đồng/máy", "mức hỗ trợ",
        value_max=1.2e6, period=FROM("Từ đầu năm đến nay")),
    fig("do 213 Tổ", "213", 213, "count", "Tổ công nghệ số cộng đồng", "Tổ công nghệ số cộng đồng",
        period=FROM("Từ đầu năm đến nay", True)),
    fig("với 1.065 thành viên", "1.065", 1065, "count", "thành viên", "thành viên Tổ công nghệ số cộng đồng",
        period=FROM("Từ đầu năm đến nay", True)),
    fig("huyện đạt 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ hộ gia đình có điện thoại thông minh",
        change=chg("increase", 6.2, "điểm phần trăm", "cuối năm 2023"), period=NOW()),
    fig("thông minh đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ người trưởng thành sử dụng điện thoại thông minh",
        period=NOW()),
    fig("có 13/13 xã", "13", 13, "count", "xã, thị trấn", "xã, thị trấn được phủ sóng 4G đến trung tâm xã",
        total=13, period=NOW(True)),
    fig("còn 17 bản", "17", 17, "count", "bản", "bản lõm sóng", period=NOW(True)),
    fig("mới 9.350 thuê bao", "9.350", 9350, "count", "thuê bao di động", "thuê bao di động phát triển mới",
        period=per("Từ đầu năm", "2024-01-01", "2024-09-05")),
    fig("Viettel 6.420 thuê bao", "6.420", 6420, "count", "thuê bao", "thuê bao di động phát triển mới Viettel",
        total=9350, period=per("Từ đầu năm", "2024-01-01", "2024-09-05")),
    fig("VNPT 2.150 thuê bao", "2.150", 2150, "count", "thuê bao", "thuê bao di động phát triển mới VNPT",
        total=9350, period=per("Từ đầu năm", "2024-01-01", "2024-09-05")),
    fig("MobiFone 780 thuê bao", "780", 780, "count", "thuê bao", "thuê bao di động phát triển mới MobiFone",
        total=9350, period=per("Từ đầu năm", "2024-01-01", "2024-09-05")),
    fig("gần 1.900 hộ", "1.900", 1900, "count", "hộ", "Số hộ lắp đặt Internet cáp quang mới", approx="nearly",
        change=chg("increase", 1.5, "lần", "cùng kỳ"), period=per("Từ đầu năm", "2024-01-01", "2024-09-05", True)),
    fig("khoảng 165.000 đồng", "165.000", 165000, "money", "đồng/tháng", "cước bình quân", approx="about",
        period=per("Từ đầu năm", "2024-01-01", "2024-09-05", True)),
    fig("đạt 85%", "85", 85, "percent", "%", "tỷ lệ hộ gia đình có điện thoại thông minh", status="target",
        period=TO("đến hết năm 2024", 2024)),
    fig("tối thiểu 90%", "90", 90, "percent", "%", "người trưởng thành có điện thoại thông minh",
        approx="at_least", status="target", period=TO("đến năm 2025", 2025)),
]
C = [
    "District portal (huyện Quế Phong, Nghệ An), 'Ngày đăng: 05/09/2024' without time, site counter 'Số lượt truy cập' at the end. Location Quế Phong.",
    "'Từ đầu năm đến nay' / 'Từ đầu năm' run from 2024-01-01 to the dateline; 'Đến nay' ends at the dateline.",
    "'từ 500.000 đến 1,2 triệu đồng/máy': money range with the per-unit in the unit. 'tăng 6,2 điểm phần trăm so với cuối năm 2023': change in điểm phần trăm.",
    "'gấp 1,5 lần cùng kỳ' after a count is its change (1.5 lần). Enterprises in the 'trong đó' list are not places; parts have total 9.350.",
    "'13/13 xã, thị trấn' total 13. 'đạt 85%' and 'tối thiểu 90%' are targets (phấn đấu). 'không còn bản lõm sóng' carries no number.",
    "Distractors: Kế hoạch số 125/KH-UBND ngày 12/3/2024, phone 0238.3885.112, 'Số lượt truy cập: 1.208.774', '4G', 'cục gạch' in quotes.",
]
write(5, A, F, C, published="2024-09-05", location="Quế Phong")
