import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thị trường nông sản

Xuất khẩu cao su 11 tháng năm 2024 thu về hơn 3 tỷ USD

Ngày đăng: 16/12/2024 | Lượt xem: 734

Theo số liệu của Cục Thống kê, khối lượng xuất khẩu cao su tháng 11/2024 ước đạt 230.000 tấn với trị giá 435 triệu USD, tăng 8,7% về lượng và tăng 31,2% về trị giá so với cùng kỳ năm 2023. Tính chung 11 tháng năm 2024, xuất khẩu cao su đạt 1,75 triệu tấn, trị giá 3,02 tỷ USD, giảm 7,5% về lượng nhưng tăng 15,6% về trị giá so với cùng kỳ.

Giá xuất khẩu bình quân 11 tháng ước đạt 1.726 USD/tấn, tăng 25% so với cùng kỳ năm 2023. Riêng tháng 11, giá bình quân đạt 1.891 USD/tấn, mức cao nhất kể từ tháng 3/2017.

Trung Quốc tiếp tục là thị trường tiêu thụ cao su lớn nhất của Việt Nam, chiếm 71,4% tổng lượng xuất khẩu; tiếp đến là Ấn Độ (7,2%), Hàn Quốc (2,3%) và Malaysia (1,9%).

Về sản xuất, tính đến hết năm 2023, diện tích cao su cả nước đạt khoảng 910.500 ha, trong đó diện tích cho sản phẩm 727.800 ha; sản lượng mủ năm 2023 đạt 1,33 triệu tấn. Bình Phước là địa phương có diện tích lớn nhất, chiếm khoảng 27% diện tích cao su cả nước; Gia Lai và Tây Ninh lần lượt chiếm 10,8% và 10,4%.

Cả nước hiện có khoảng 320 doanh nghiệp chế biến cao su với tổng công suất hơn 1,5 triệu tấn/năm. Theo Quyết định số 1270/QĐ-BNN-TT, đến năm 2030 ngành phấn đấu ổn định diện tích cao su ở mức 800.000-850.000 ha, năng suất bình quân đạt 1,8 tấn/ha, tỷ lệ sản phẩm cao su chế biến sâu chiếm trên 30% sản lượng.

Tại Hội nghị phát triển ngành cao su bền vững lần thứ 2, Cục Trồng trọt khuyến cáo các địa phương không mở rộng diện tích cao su ngoài quy hoạch; ưu tiên tái canh bằng các giống năng suất cao như RRIV 209, RRIV 124 và PB 260.
"""

T11 = per("tháng 11/2024", "2024-11-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
E23 = per("tính đến hết năm 2023", end="2023-12-31")
T30 = per("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("hơn 3 tỷ USD", "3", 3e9, "money", "USD", "xuất khẩu cao su", M11, approx="over"),
    fig("ước đạt 230.000 tấn", "230.000", 230000, "measure", "tấn", "khối lượng xuất khẩu cao su", T11,
        change=ch("increase", 8.7, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("trị giá 435 triệu USD", "435", 435e6, "money", "USD", "trị giá xuất khẩu cao su", T11,
        change=ch("increase", 31.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("đạt 1,75 triệu tấn", "1,75", 1.75e6, "measure", "tấn", "khối lượng xuất khẩu cao su", M11,
        change=ch("decrease", 7.5, "%", "cùng kỳ")),
    fig("trị giá 3,02 tỷ USD", "3,02", 3.02e9, "money", "USD", "trị giá xuất khẩu cao su", M11,
        change=ch("increase", 15.6, "%", "cùng kỳ")),
    fig("ước đạt 1.726 USD/tấn", "1.726", 1726, "money", "USD/tấn", "giá xuất khẩu cao su bình quân",
        per("11 tháng", "2024-01-01", "2024-11-30"), change=ch("increase", 25, "%", "cùng kỳ năm 2023"),
        status="estimate"),
    fig("đạt 1.891 USD/tấn", "1.891", 1891, "money", "USD/tấn", "giá xuất khẩu cao su bình quân",
        per("tháng 11", "2024-11-01", "2024-11-30")),
    fig("chiếm 71,4%", "71,4", 71.4, "percent", "%", "tỷ trọng của Trung Quốc trong tổng lượng xuất khẩu cao su"),
    fig("Ấn Độ (7,2%)", "7,2", 7.2, "percent", "%", "tỷ trọng trong tổng lượng xuất khẩu cao su"),
    fig("Hàn Quốc (2,3%)", "2,3", 2.3, "percent", "%", "tỷ trọng trong tổng lượng xuất khẩu cao su"),
    fig("Malaysia (1,9%)", "1,9", 1.9, "percent", "%", "tỷ trọng trong tổng lượng xuất khẩu cao su"),
    fig("khoảng 910.500 ha", "910.500", 910500, "measure", "ha", "diện tích cao su cả nước", E23, approx="about"),
    fig("sản phẩm 727.800 ha", "727.800", 727800, "measure", "ha", "diện tích cao su cho sản phẩm", E23,
        total=910500),
    fig("đạt 1,33 triệu tấn", "1,33", 1.33e6, "measure", "tấn", "sản lượng mủ cao su",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("chiếm khoảng 27%", "27", 27, "percent", "%", "tỷ trọng diện tích cao su trong cả nước", inh(E23),
        approx="about", location="Bình Phước"),
    fig("chiếm 10,8%", "10,8", 10.8, "percent", "%", "tỷ trọng diện tích cao su trong cả nước", inh(E23),
        location="Gia Lai"),
    fig("và 10,4%", "10,4", 10.4, "percent", "%", "tỷ trọng diện tích cao su trong cả nước", inh(E23),
        location="Tây Ninh"),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", "doanh nghiệp chế biến cao su",
        approx="about"),
    fig("hơn 1,5 triệu tấn/năm", "1,5", 1.5e6, "measure", "tấn/năm", "tổng công suất chế biến cao su",
        approx="over"),
    fig("mức 800.000-850.000 ha", "800.000", 800000, "measure", "ha", "diện tích cao su ổn định", T30,
        value_max=850000, status="target"),
    fig("đạt 1,8 tấn/ha", "1,8", 1.8, "measure", "tấn/ha", "năng suất cao su bình quân", T30, status="target"),
    fig("trên 30% sản lượng", "30", 30, "percent", "%", "tỷ lệ sản phẩm cao su chế biến sâu trong sản lượng", T30,
        approx="over", status="target"),
]

COMMENTS = [
    "Probe 607-4. Ministry site (Bộ NN&PTNT, breadcrumb, 'Ngày đăng: 16/12/2024 | Lượt xem: 734'): rubber exports November and",
    "11 months 2024, prices, markets, national area/output 2023, processing, 2030 targets.",
    "Distractors: 'lần thứ 2' (ordinal in a name), Lượt xem 734, 'tháng 3/2017', Quyết định số 1270/QĐ-BNN-TT, clone names RRIV 209, RRIV 124, PB 260.",
    "'tăng 8,7% về lượng và tăng 31,2% về trị giá' are the changes of the volume and of the value respectively (one each).",
    "Trade partners (Trung Quốc, Ấn Độ, ...) are not places: location Việt Nam. Province shares of national area: location the province.",
    "'ước đạt' of tháng 11 governs its own sentence only; the 11-month totals have no cue: actual.",
]

if __name__ == "__main__":
    emit("p607-4", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Việt Nam")
