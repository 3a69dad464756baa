"""p1079-2: district portal (huyện Krông Pắc, Đắk Lắk), CCB làm kinh tế giỏi, 9 tháng 2023."""
from lib import Fig, per, chg, tgt, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ / Hoạt động các đoàn thể
Thứ Năm, 19/10/2023 - 10:20

Cựu chiến binh Krông Pắc thi đua làm kinh tế giỏi

Hội Cựu chiến binh huyện hiện có 16 cơ sở hội với 2.846 hội viên. 9 tháng đầu năm, các cấp Hội đã vận động hội viên giúp nhau 1.250 ngày công, hơn 40 con bò giống và trên 180 triệu đồng không tính lãi để phát triển sản xuất. Toàn huyện có 612 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, chiếm 21,5% tổng số hộ hội viên; chỉ còn 23 hộ nghèo, giảm 11 hộ so với cuối năm 2022.

Hội đang quản lý 54 tổ TK&VV với tổng dư nợ 137,6 tỷ đồng, tăng 8,9% so với cùng kỳ; bình quân mỗi tổ quản lý khoảng 2,5 tỷ đồng.

Tiêu biểu là mô hình trồng sầu riêng xen cà phê của CCB Y Blin Niê (buôn Kniết, xã Ea Yông) trên diện tích 3,2 ha. Vụ năm nay, gia đình thu hoạch 85 tấn sầu riêng, với giá bán bình quân 68.000 đồng/kg, doanh thu gần 5,8 tỷ đồng; mô hình tạo việc làm cho 12 lao động với mức lương 7-8 triệu đồng/người/tháng. Mô hình chăn nuôi bò sinh sản của ông Trần Văn Hải (thôn 10, xã Ea Kuăng) duy trì đàn 35 con, mỗi năm xuất bán 15-18 con bê.

Theo đồng chí Chủ tịch Hội CCB huyện, đến hết năm 2023, Hội phấn đấu không để phát sinh hộ hội viên tái nghèo, 100% cơ sở hội có mô hình kinh tế tập thể; dự kiến cả năm các cơ sở hội giúp thêm 6 hộ hội viên thoát nghèo.

Minh Thư (Hội CCB huyện)
Địa chỉ: Số 01 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk. Điện thoại: 0262.3521.006
"""

N9 = per("9 tháng đầu năm", "2023-01-01", "2023-09-30")
N9_I = per("9 tháng đầu năm", "2023-01-01", "2023-09-30", inherited=True)
Y23 = per("Vụ năm nay", "2023-01-01", "2023-12-31")
Y23_I = per("Vụ năm nay", "2023-01-01", "2023-12-31", inherited=True)
END23 = per("đến hết năm 2023", None, "2023-12-31")
ALL23 = per("cả năm", "2023-01-01", "2023-12-31")

FIGS = [
    Fig("có 16 cơ sở hội", "16", 16, "count", "cơ sở hội", "cơ sở hội của Hội Cựu chiến binh huyện"),
    Fig("với 2.846 hội viên", "2.846", 2846, "count", "hội viên", "hội viên Hội Cựu chiến binh huyện"),
    Fig("giúp nhau 1.250 ngày công", "1.250", 1250, "count", "ngày công", "ngày công hội viên giúp nhau", N9),
    Fig("hơn 40 con bò giống", "40", 40, "count", "con bò giống", "bò giống hội viên giúp nhau", N9,
        approx="over"),
    Fig("trên 180 triệu đồng", "180", 180e6, "money", "đồng", "tiền hội viên giúp nhau không tính lãi", N9,
        approx="over"),
    Fig("có 612 hộ hội viên", "612", 612, "count", "hộ", "hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi",
        percent=21.5),
    Fig("còn 23 hộ nghèo", "23", 23, "count", "hộ", "hộ hội viên nghèo",
        change=chg("decrease", 11, "hộ", "cuối năm 2022")),
    Fig("quản lý 54 tổ TK&VV", "54", 54, "count", "tổ", "tổ TK&VV do Hội quản lý"),
    Fig("dư nợ 137,6 tỷ đồng", "137,6", 137.6e9, "money", "đồng", "tổng dư nợ tổ TK&VV",
        change=chg("increase", 8.9, "%", "cùng kỳ")),
    Fig("khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng/tổ", "dư nợ bình quân mỗi tổ", approx="about"),
    Fig("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích trồng sầu riêng xen cà phê"),
    Fig("thu hoạch 85 tấn", "85", 85, "measure", "tấn", "sản lượng sầu riêng thu hoạch", Y23),
    Fig("68.000 đồng/kg", "68.000", 68000, "money", "đồng/kg", "giá bán sầu riêng bình quân", Y23),
    Fig("gần 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "doanh thu sầu riêng", Y23, approx="nearly"),
    Fig("cho 12 lao động", "12", 12, "count", "lao động", "lao động có việc làm tại mô hình"),
    Fig("lương 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", "mức lương lao động", value_max=8e6),
    Fig("đàn 35 con", "35", 35, "count", "con", "đàn bò sinh sản"),
    Fig("bán 15-18 con bê", "15", 15, "count", "con bê", "bê xuất bán mỗi năm", value_max=18),
    Fig("100% cơ sở hội", "100", 100, "percent", "%", "cơ sở hội có mô hình kinh tế tập thể", END23,
        status="target"),
    Fig("thêm 6 hộ hội viên", "6", 6, "count", "hộ", "hộ hội viên thoát nghèo", ALL23, status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): Hội CCB huyện — hội viên, giúp nhau, tổ TK&VV, mô hình sầu riêng và bò của hội viên.",
    "Not figures: dateline 19/10/2023 - 10:20, buôn Kniết, thôn 10, Số 01 Giải Phóng, phone 0262.3521.006.",
    "District portal: location Krông Pắc (communes lie in it). '9 tháng đầu năm' and 'Vụ năm nay' take 2023 from the dateline.",
    "'1.250 ngày công' is a count of workdays (count). 'mỗi tổ quản lý khoảng 2,5 tỷ đồng' is a per-unit amount (đồng/tổ).",
    "'hiện có', 'đang quản lý' and the farm's standing herd get no period. 'đến hết năm 2023' -> as-of 2023-12-31 (target); 'cả năm' = 2023.",
    "'dự kiến cả năm 2023 ... giúp thêm 6 hộ' is a forecast.",
    "The clause after ';' on the durian model's 12 workers and their pay describes the model in general: no period given (unscored).",
]

build("p1079-2", TEXT, FIGS, published="2023-10-19", location="Krông Pắc", notes=NOTES)
