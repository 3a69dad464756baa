"""p899-1: province portal (Nghệ An), rabies vaccination of dogs and cats, 9 months of 2024."""
from lib import build, fig, period, inherit, change

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Nghệ An: Tiêm phòng dại cho hơn 312 nghìn con chó, mèo
Cập nhật: 08/10/2024 09:45 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh đã tiêm phòng dại cho 312.460 con chó, mèo, đạt 78,1% kế hoạch năm, tăng 6,4% so với cùng kỳ năm 2023. Trong đó, tiêm cho chó 286.915 con, mèo 25.545 con. Tổng đàn chó, mèo của tỉnh hiện có khoảng 520 nghìn con; tỷ lệ tiêm phòng mới đạt 60,1% tổng đàn.

Một số địa phương có tỷ lệ tiêm phòng cao là thành phố Vinh (85,3%), thị xã Cửa Lò (82,7%), huyện Nghi Lộc (80,2%); thấp nhất là các huyện miền núi Kỳ Sơn (31,5%) và Tương Dương (34,8%). Tỷ lệ tiêm phòng ở Vinh cao gấp 2,7 lần Kỳ Sơn.

Từ đầu năm đến nay, trên địa bàn tỉnh ghi nhận 4 ca tử vong do bệnh dại tại các huyện Quỳ Hợp, Con Cuông và Anh Sơn (năm 2023 cả tỉnh có 7 ca); có 9.870 người bị chó, mèo cắn phải tiêm vắc xin, huyết thanh kháng dại, giảm 12,5% so với cùng kỳ.

Theo Kế hoạch số 215/KH-UBND ngày 12/3/2024 của UBND tỉnh, các địa phương sẽ tổ chức tiêm bổ sung đợt 2 trong quý IV/2024, dự kiến tiêm thêm khoảng 95.000 con. Ước cả năm 2024, số chó, mèo được tiêm phòng đạt khoảng 405.000 con, tương đương 77,9% tổng đàn; mục tiêu đến năm 2025 tiêm phòng cho trên 80% tổng đàn. Ngân sách tỉnh hỗ trợ 1,85 tỷ đồng mua vắc xin; người nuôi nộp phí tiêm 15.000 đồng/con.

Cổng thông tin điện tử tỉnh Nghệ An - Số 3 Trường Thi, TP Vinh - ĐT: 0238.3844.506
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PYTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")

FIGS = [
    fig("cho hơn 312 nghìn con", "312", 312000, "count", "con", "chó, mèo được tiêm phòng dại", approx="over"),
    fig("cho 312.460 con", "312.460", 312460, "count", "con", "chó, mèo được tiêm phòng dại",
        percent=78.1, change=change("increase", 6.4, baseline="cùng kỳ năm 2023"), period=P9),
    fig("chó 286.915 con", "286.915", 286915, "count", "con", "chó được tiêm phòng dại", total=312460, period=inherit(P9)),
    fig("mèo 25.545 con", "25.545", 25545, "count", "con", "mèo được tiêm phòng dại", total=312460, period=inherit(P9)),
    fig("khoảng 520 nghìn con", "520", 520000, "count", "con", "tổng đàn chó, mèo", approx="about"),
    fig("đạt 60,1% tổng đàn", "60,1", 60.1, "percent", "%", "tỷ lệ tiêm phòng tổng đàn chó, mèo"),
    fig("Vinh (85,3%)", "85,3", 85.3, "percent", "%", "tỷ lệ tiêm phòng", location="Vinh", period=inherit(P9)),
    fig("Cửa Lò (82,7%)", "82,7", 82.7, "percent", "%", "tỷ lệ tiêm phòng", location="Cửa Lò", period=inherit(P9)),
    fig("Nghi Lộc (80,2%)", "80,2", 80.2, "percent", "%", "tỷ lệ tiêm phòng", location="Nghi Lộc", period=inherit(P9)),
    fig("Kỳ Sơn (31,5%)", "31,5", 31.5, "percent", "%", "tỷ lệ tiêm phòng", location="Kỳ Sơn", period=inherit(P9)),
    fig("Tương Dương (34,8%)", "34,8", 34.8, "percent", "%", "tỷ lệ tiêm phòng", location="Tương Dương", period=inherit(P9)),
    fig("cao gấp 2,7 lần", "2,7", 2.7, "multiple", "lần", "tỷ lệ tiêm phòng ở Vinh so với Kỳ Sơn", location="Vinh",
        period=inherit(P9)),
    fig("ghi nhận 4 ca tử vong", "4", 4, "count", "ca", "ca tử vong do bệnh dại", period=PYTD),
    fig("có 7 ca", "7", 7, "count", "ca", "ca tử vong do bệnh dại",
        period=period("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 9.870 người", "9.870", 9870, "count", "người",
        "người bị chó, mèo cắn phải tiêm vắc xin, huyết thanh kháng dại",
        change=change("decrease", 12.5, baseline="cùng kỳ"), period=PYTD),
    fig("khoảng 95.000 con", "95.000", 95000, "count", "con", "chó, mèo tiêm bổ sung đợt 2", approx="about",
        status="forecast", period=period("quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("khoảng 405.000 con", "405.000", 405000, "count", "con", "chó, mèo được tiêm phòng", approx="about",
        percent=77.9, status="estimate", period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("trên 80% tổng đàn", "80", 80, "percent", "%", "tổng đàn chó, mèo được tiêm phòng", approx="over",
        status="target", period=period("đến năm 2025", None, "2025-12-31")),
    fig("hỗ trợ 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "ngân sách tỉnh hỗ trợ mua vắc xin"),
    fig("tiêm 15.000 đồng/con", "15.000", 15000, "money", "đồng/con", "phí tiêm phòng"),
]

NOTES = [
    "Province portal (Nghệ An): 9 months 2024 rabies vaccination of dogs/cats, district list, deaths, Q4 plan, 2025 target.",
    "'(năm 2023 cả tỉnh có 7 ca)' is a bracketed figure with its own period (năm 2023), not a change of the 4 deaths.",
    "'gấp 2,7 lần' stands as its own sentence: a multiple. 'đợt 2' is an ordinal; 'Lượt xem: 2.317', phone and address are furniture.",
]

build("p899-1", TEXT, FIGS, published="2024-10-08", location="Nghệ An", notes=NOTES)
