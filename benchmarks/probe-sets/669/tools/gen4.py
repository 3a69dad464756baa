"""p669-4: Bộ Kế hoạch và Đầu tư site, national e-bidding results 2023."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Trang chủ > Tin tức > Đấu thầu
Năm 2023: Hơn 145 nghìn gói thầu được lựa chọn nhà thầu qua mạng
Ngày đăng: 06/02/2024 | Lượt xem: 1.872

Theo Cục Quản lý đấu thầu, năm 2023, số gói thầu lựa chọn nhà thầu qua mạng trên toàn quốc là 145.362 gói, chiếm 92,4% tổng số gói thầu thuộc phạm vi phải đấu thầu qua mạng; tổng giá gói thầu 451.317 tỷ đồng, tăng 8,6% so với năm 2022. Tỷ lệ tiết kiệm bình quân của các gói thầu qua mạng là 5,6%, cao hơn 0,8 điểm phần trăm so với các gói thầu không qua mạng.

Tính đến ngày 31/12/2023, Hệ thống mạng đấu thầu quốc gia có 212.784 nhà thầu đã đăng ký tham gia, tăng 15,2% so với cuối năm 2022, và 46.218 bên mời thầu.

Một số địa phương có tỷ lệ đấu thầu qua mạng cao như Bắc Ninh (99,8%), Lạng Sơn (99,5%), Hà Nam (99,1%); ngược lại, Bạc Liêu và Kon Tum đạt thấp, lần lượt 78,3% và 80,2%. Trong các bộ, ngành, Bộ Giao thông vận tải có 1.254 gói thầu qua mạng với tổng giá trị gần 38.960 tỷ đồng.

Cả nước có 98.756 gói thầu áp dụng hình thức chỉ định thầu, giảm 11,7% so với năm 2022. Số nhà thầu tham dự bình quân là 2,9 nhà thầu/gói thầu; khoảng 24,3% số gói thầu chỉ có 1 nhà thầu tham dự.

Năm 2024, Bộ Kế hoạch và Đầu tư đặt mục tiêu tỷ lệ lựa chọn nhà thầu qua mạng đạt từ 95 đến 97% về số gói thầu; phấn đấu đến năm 2025, 100% gói thầu mua sắm thường xuyên được thực hiện qua mạng.

Mọi vướng mắc trong quá trình sử dụng Hệ thống e-GP, người dùng liên hệ tổng đài 1900 6126. Trụ sở Cục Quản lý đấu thầu: số 6B Hoàng Diệu, Ba Đình, Hà Nội.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 145 nghìn gói thầu", "145", 145000, "count", "gói thầu",
        "gói thầu được lựa chọn nhà thầu qua mạng", per("Năm 2023", "2023-01-01", "2023-12-31"),
        approx="over"),
    fig("là 145.362 gói", "145.362", 145362, "count", "gói",
        "số gói thầu lựa chọn nhà thầu qua mạng", Y23, percent=92.4),
    fig("thầu 451.317 tỷ đồng", "451.317", 451317e9, "money", "đồng",
        "tổng giá gói thầu lựa chọn nhà thầu qua mạng", Y23,
        change=chg("increase", 8.6, baseline="năm 2022")),
    fig("là 5,6%", "5,6", 5.6, "percent", "%", "tỷ lệ tiết kiệm bình quân của các gói thầu qua mạng", inh(Y23),
        change=chg("increase", 0.8, unit="điểm phần trăm", baseline="các gói thầu không qua mạng")),
    fig("có 212.784 nhà thầu", "212.784", 212784, "count", "nhà thầu",
        "nhà thầu đã đăng ký tham gia Hệ thống mạng đấu thầu quốc gia",
        per("Tính đến ngày 31/12/2023", None, "2023-12-31"),
        change=chg("increase", 15.2, baseline="cuối năm 2022")),
    fig("và 46.218 bên mời thầu", "46.218", 46218, "count", "bên mời thầu",
        "bên mời thầu đã đăng ký tham gia Hệ thống mạng đấu thầu quốc gia",
        per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("Bắc Ninh (99,8%)", "99,8", 99.8, "percent", "%", "tỷ lệ đấu thầu qua mạng", inh(Y23), location="Bắc Ninh"),
    fig("Lạng Sơn (99,5%)", "99,5", 99.5, "percent", "%", "tỷ lệ đấu thầu qua mạng", inh(Y23), location="Lạng Sơn"),
    fig("Hà Nam (99,1%)", "99,1", 99.1, "percent", "%", "tỷ lệ đấu thầu qua mạng", inh(Y23), location="Hà Nam"),
    fig("lần lượt 78,3%", "78,3", 78.3, "percent", "%", "tỷ lệ đấu thầu qua mạng", inh(Y23), location="Bạc Liêu"),
    fig("và 80,2%", "80,2", 80.2, "percent", "%", "tỷ lệ đấu thầu qua mạng", inh(Y23), location="Kon Tum"),
    fig("có 1.254 gói thầu", "1.254", 1254, "count", "gói thầu",
        "gói thầu qua mạng của Bộ Giao thông vận tải", inh(Y23)),
    fig("gần 38.960 tỷ đồng", "38.960", 38960e9, "money", "đồng",
        "tổng giá trị gói thầu qua mạng của Bộ Giao thông vận tải", inh(Y23), approx="nearly"),
    fig("có 98.756 gói thầu", "98.756", 98756, "count", "gói thầu",
        "gói thầu áp dụng hình thức chỉ định thầu", inh(Y23),
        change=chg("decrease", 11.7, baseline="năm 2022")),
    fig("là 2,9 nhà thầu/gói thầu", "2,9", 2.9, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân", inh(Y23)),
    fig("khoảng 24,3%", "24,3", 24.3, "percent", "%", "gói thầu chỉ có 1 nhà thầu tham dự", inh(Y23),
        approx="about"),
    fig("chỉ có 1 nhà thầu", "1", 1, "count", "nhà thầu", optional=True),
    fig("từ 95 đến 97%", "95", 95, "percent", "%", "tỷ lệ lựa chọn nhà thầu qua mạng về số gói thầu", Y24,
        value_max=97, status="target"),
    fig("2025, 100% gói thầu", "100", 100, "percent", "%",
        "gói thầu mua sắm thường xuyên được thực hiện qua mạng",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ KH&ĐT): national e-bidding results 2023. 'Ngày đăng: 06/02/2024 | Lượt xem: 1.872'.",
    "Distractors: Lượt xem 1.872, tổng đài 1900 6126, số 6B Hoàng Diệu, 'e-GP', as-of date 31/12/2023, 'năm 2022' baselines.",
    "National figures: location Việt Nam; provinces in the list go to location (Bạc Liêu/Kon Tum via 'lần lượt').",
    "'cao hơn 0,8 điểm phần trăm so với các gói thầu không qua mạng' is the change of the 5,6% level (a comparison, not a growth rate).",
    "'chỉ có 1 nhà thầu' is a qualifier of the 24,3% group: optional (cf. 'tối thiểu 1 nền tảng số' in shared 001).",
    "Bộ Giao thông vận tải is a ministry, not a place: location stays Việt Nam. Headline '145 nghìn' = 145000, approx over.",
]

if __name__ == "__main__":
    write("p669-4", TEXT, COMMENTS, FIGS, published="2024-02-06", location="Việt Nam")
