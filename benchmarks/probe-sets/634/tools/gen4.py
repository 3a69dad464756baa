"""p634-4: Bộ TN&MT site — phân bổ chỉ tiêu sử dụng đất quốc gia, chuyển mục đích đất lúa 9 tháng 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Đất đai
Ngày đăng: 22/10/2024 | Lượt xem: 1.582

63/63 tỉnh, thành phố đã được phân bổ chỉ tiêu sử dụng đất quốc gia

Theo Cục Quy hoạch và Phát triển tài nguyên đất, đến nay 63/63 tỉnh, thành phố trực thuộc Trung ương đã được Thủ tướng Chính phủ phân bổ chỉ tiêu sử dụng đất quốc gia thời kỳ 2021-2030 tại Quyết định số 227/QĐ-TTg ngày 12/3/2024.

Theo đó, đến năm 2030 diện tích đất trồng lúa cả nước là 3,57 triệu ha, trong đó đất chuyên trồng lúa 3,01 triệu ha; đất rừng phòng hộ 5,24 triệu ha; đất rừng đặc dụng 2,48 triệu ha. Giai đoạn 2021-2025, chỉ tiêu chuyển mục đích đất trồng lúa sang đất phi nông nghiệp được phân bổ là 213.970 ha.

Kết quả 9 tháng năm 2024, các địa phương đã chuyển mục đích 18.462 ha đất trồng lúa, tăng 7,6% so với cùng kỳ năm 2023; trong đó Hà Nội (1.215 ha), Bình Dương (986 ha), Thanh Hóa (874 ha) là các địa phương có diện tích lớn nhất.

Tỷ lệ thực hiện kế hoạch sử dụng đất năm 2023 bình quân cả nước đạt khoảng 38%, trong đó có 12 địa phương đạt dưới 20%. Nhiều dự án đã có trong kế hoạch 3 năm liên tục nhưng chưa thực hiện.

Bộ yêu cầu các địa phương rà soát, hủy bỏ các dự án này theo khoản 8 Điều 76 Luật Đất đai năm 2024; đồng thời phấn đấu đến năm 2025 hoàn thành đăng ký đất đai lần đầu cho 100% thửa đất.

Cục Quy hoạch và Phát triển tài nguyên đất - Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. ĐT: 024.3795.6868
"""

NOW = per("đến nay", None, "2024-10-22")
T30 = per("đến năm 2030", None, "2030-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
S = "diện tích đất trồng lúa chuyển mục đích"

FIGS = [
    fig("63/63 tỉnh, thành phố đã", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã được phân bổ chỉ tiêu sử dụng đất quốc gia", None, total=63),
    fig("nay 63/63", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố trực thuộc Trung ương đã được phân bổ chỉ tiêu sử dụng đất quốc gia", NOW, total=63),
    fig("3,57 triệu ha", "3,57", 3.57e6, "measure", "ha",
        "diện tích đất trồng lúa", T30, status="target"),
    fig("3,01 triệu ha", "3,01", 3.01e6, "measure", "ha",
        "đất chuyên trồng lúa", T30, total=3.57e6, status="target"),
    fig("5,24 triệu ha", "5,24", 5.24e6, "measure", "ha",
        "đất rừng phòng hộ", T30, status="target"),
    fig("2,48 triệu ha", "2,48", 2.48e6, "measure", "ha",
        "đất rừng đặc dụng", T30, status="target"),
    fig("213.970 ha", "213.970", 213970, "measure", "ha",
        "chỉ tiêu chuyển mục đích đất trồng lúa sang đất phi nông nghiệp",
        per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    fig("18.462 ha", "18.462", 18462, "measure", "ha", S, M9,
        change=chg("increase", 7.6, "%", "cùng kỳ năm 2023")),
    fig("(1.215 ha)", "1.215", 1215, "measure", "ha", S, M9, total=18462, location="Hà Nội"),
    fig("(986 ha)", "986", 986, "measure", "ha", S, M9, total=18462, location="Bình Dương"),
    fig("(874 ha)", "874", 874, "measure", "ha", S, M9, total=18462, location="Thanh Hóa"),
    fig("khoảng 38%", "38", 38, "percent", "%",
        "tỷ lệ thực hiện kế hoạch sử dụng đất bình quân",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("có 12 địa phương", "12", 12, "count", "địa phương",
        "địa phương có tỷ lệ thực hiện kế hoạch sử dụng đất dưới 20%",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("dưới 20%", "20", 20, "percent", "%",
        "tỷ lệ thực hiện kế hoạch sử dụng đất", None, approx="under", optional=True),
    fig("kế hoạch 3 năm", "3", 3, "measure", "năm",
        "thời gian dự án có trong kế hoạch", None, optional=True),
    fig("cho 100% thửa", "100", 100, "percent", "%",
        "thửa đất hoàn thành đăng ký đất đai lần đầu",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Bộ TN&MT site: 63/63 tỉnh được phân bổ chỉ tiêu sử dụng đất quốc gia; chuyển mục đích đất lúa 9 tháng năm 2024; tỷ lệ thực hiện KHSDĐ 2023.",
    "Not figures: Lượt xem: 1.582, thời kỳ 2021-2030, Quyết định số 227/QĐ-TTg ngày 12/3/2024, khoản 8 Điều 76, Luật Đất đai năm 2024, 'lần đầu', Số 10 Tôn Thất Thuyết, phone.",
    "National figures: location Việt Nam; the three provinces in the bracketed list after 'trong đó' are the items' locations, total 18.462 ha.",
    "'đến năm 2030 … là' allocations are targets (as-of 2030). '38%, trong đó có 12 địa phương': no whole of the same thing, so no total.",
    "Optional: the threshold 'dưới 20%' describing the 12 localities and the duration 'kế hoạch 3 năm liên tục'.",
    "The headline 63/63 has no period phrase (none scored); 'đến nay' ends at the Ngày đăng date.",
]

if __name__ == "__main__":
    write("p634-4", TEXT, NOTES, FIGS, published="2024-10-22", location="Việt Nam")
