from lib import *

TEXT = """BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Kinh tế | Nông nghiệp

Na Mai Sơn được mùa, được giá

Những ngày này, trên các triền đồi dọc Quốc lộ 6 qua huyện Mai Sơn, người dân tất bật thu hoạch na. Năm nay na sai quả, giá bán ổn định, nhiều hộ có thu nhập hàng trăm triệu đồng.

Năm 2024, toàn tỉnh Sơn La có 3.920 ha na, trong đó huyện Mai Sơn có 2.150 ha, chiếm 54,8% diện tích; còn lại trồng ở Yên Châu, Thuận Châu, Sông Mã. Năng suất bình quân 9,5 tấn/ha; sản lượng dự kiến đạt trên 31.000 tấn, tăng khoảng 2.500 tấn so với năm 2023.

Tại Mai Sơn, giá na dai loại 1 đang ở mức 45.000-50.000 đồng/kg, na bở 25.000-30.000 đồng/kg. Ông Cầm Văn Sơn, Phó Trưởng phòng Nông nghiệp và PTNT huyện Mai Sơn cho biết: Toàn huyện có 21 hợp tác xã trồng na với hơn 600 thành viên; 45 ha na của 3 hợp tác xã đã được cấp mã số vùng trồng phục vụ xuất khẩu sang Úc, Trung Quốc. Mỗi ha na cho thu nhập từ 300 đến 400 triệu đồng mỗi năm.

Thu nhập từ cây na gấp 3 lần so với trồng ngô trên cùng diện tích. Gia đình chị Lò Thị Xuân ở tiểu khu 19/5, thị trấn Hát Lót có 1,5 ha na, vụ này thu khoảng 14 tấn, trừ chi phí lãi gần 500 triệu đồng.

Sản phẩm na Mai Sơn đã được cấp Giấy chứng nhận nhãn hiệu chứng nhận theo Quyết định số 2210/QĐ-SHTT. Tỉnh Sơn La phấn đấu đến năm 2025 có 500 ha na đạt tiêu chuẩn VietGAP và 20 mã số vùng trồng na được cấp, tỷ lệ na tiêu thụ qua hợp đồng liên kết đạt từ 40 đến 50%.

LÒ HƯƠNG
07:15, 12/08/2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NAY = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 3.920 ha na", "3.920", 3920, "measure", "ha", "diện tích na", Y24),
    fig("có 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích na", Y24, total=3920, percent=54.8, location="Mai Sơn"),
    fig("bình quân 9,5 tấn/ha", "9,5", 9.5, "measure", "tấn/ha", "năng suất na bình quân", inh(Y24)),
    fig("đạt trên 31.000 tấn", "31.000", 31000, "measure", "tấn", "sản lượng na", inh(Y24), approx="over", status="forecast",
        change=chg("increase", 2500, "tấn", "năm 2023", approx="about")),
    fig("mức 45.000-50.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá na dai loại 1", value_max=50000,
        location="Mai Sơn"),
    fig("bở 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá na bở", value_max=30000, location="Mai Sơn"),
    fig("có 21 hợp tác xã", "21", 21, "count", "hợp tác xã", "hợp tác xã trồng na", location="Mai Sơn"),
    fig("hơn 600 thành viên", "600", 600, "count", "thành viên", "thành viên hợp tác xã trồng na", approx="over",
        location="Mai Sơn"),
    fig("45 ha na", "45", 45, "measure", "ha", "diện tích na được cấp mã số vùng trồng phục vụ xuất khẩu", location="Mai Sơn"),
    fig("của 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã có na được cấp mã số vùng trồng", location="Mai Sơn"),
    fig("từ 300 đến 400 triệu đồng", "300", 300e6, "money", "đồng/ha/năm", "thu nhập mỗi ha na mỗi năm", value_max=400e6,
        location="Mai Sơn"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ cây na so với trồng ngô", location="Mai Sơn"),
    fig("có 1,5 ha na", "1,5", 1.5, "measure", "ha", "diện tích na của gia đình chị Lò Thị Xuân", location="Mai Sơn"),
    fig("khoảng 14 tấn", "14", 14, "measure", "tấn", "sản lượng na của gia đình chị Lò Thị Xuân", approx="about",
        location="Mai Sơn"),
    fig("gần 500 triệu đồng", "500", 500e6, "money", "đồng", "lãi từ na của gia đình chị Lò Thị Xuân", approx="nearly",
        location="Mai Sơn"),
    fig("có 500 ha na", "500", 500, "measure", "ha", "diện tích na đạt tiêu chuẩn VietGAP", T25, status="target"),
    fig("và 20 mã số", "20", 20, "count", "mã số vùng trồng", "mã số vùng trồng na được cấp", T25, status="target"),
    fig("từ 40 đến 50%", "40", 40, "percent", "%", "tỷ lệ na tiêu thụ qua hợp đồng liên kết", T25, value_max=50,
        status="target"),
    fig("hàng trăm triệu đồng", "trăm", 100e6, "money", "đồng", "thu nhập của hộ trồng na", NAY, approx="about",
        location="Mai Sơn", optional=True),
]

COMMENTS = [
    "Báo Sơn La (Party newspaper): na Mai Sơn 2024, byline + time and date at the end (LÒ HƯƠNG / 07:15, 12/08/2024).",
    "Province figures -> Sơn La; those said of Mai Sơn (prices 'Tại Mai Sơn', the district official's quote, the household",
    "in thị trấn Hát Lót) -> Mai Sơn. 'gấp 3 lần so với trồng ngô' standing alone as its own sentence -> multiple.",
    "'dự kiến' governs the output clause (forecast) but not the yield clause before ';'. 'hàng trăm triệu đồng' optional.",
    "Distractors: Quốc lộ 6; tiểu khu 19/5; Quyết định số 2210/QĐ-SHTT; 'loại 1'; 'vụ này'.",
]

if __name__ == "__main__":
    emit("p743-5", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Sơn La")
