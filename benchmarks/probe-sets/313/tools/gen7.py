from lib import *

text = """
Kinh tế | Nông nghiệp

Người nuôi bò sữa Vĩnh Phúc lao đao vì giá thu mua giảm

Thứ Hai, 14/10/2024 - 09:15   |   0 bình luận

Từ đầu tháng 9, giá thu mua sữa tươi tại nhiều điểm thu gom ở Vĩnh Phúc giảm từ 13.800 đồng xuống còn 12.900 đồng/kg, trong khi giá thức ăn tinh tăng 8-10% so với đầu năm.

Theo Sở NN&PTNT, toàn tỉnh hiện có 13.450 con bò sữa với khoảng 1.960 hộ nuôi, tập trung ở Vĩnh Tường (5.120 con), Yên Lạc (4.870 con) và Tam Dương (1.930 con). Năm 2023, sản lượng sữa tươi của tỉnh đạt 37.800 tấn. Hiện mỗi ngày các hộ giao khoảng 105 tấn sữa qua 11 điểm thu gom.

Ông Nguyễn Văn Tám, chủ trang trại ở xã Đại Đồng (huyện Vĩnh Tường), cho biết gia đình nuôi 32 con, trong đó 18 con đang vắt sữa, mỗi ngày thu khoảng 340 kg sữa. "Với giá hiện nay, mỗi tháng tôi lỗ gần 6 triệu đồng, chưa kể công lao động", ông Tám nói.

Đại diện Công ty CP Sữa Quốc tế (IDP) cho biết mức giá mới áp dụng với sữa có hàm lượng chất béo dưới 3,5% hoặc tổng vi khuẩn trên 1 triệu CFU/ml; công ty dự báo giá thu mua sẽ sớm phục hồi lên khoảng 13.500 đồng/kg.

Theo ông Lê Văn Hùng, Phó Chủ tịch UBND huyện Yên Lạc, huyện đã hỗ trợ 50% chi phí mua bồn làm lạnh cho 6 tổ hợp tác chăn nuôi bò sữa, tổng kinh phí 1,8 tỷ đồng. Tuy vậy, người nuôi vẫn mong doanh nghiệp công khai tiêu chí chấm điểm chất lượng sữa tại từng điểm thu gom.

Các hộ có thể phản ánh qua đường dây nóng của Sở NN&PTNT: 0211.3862.579.

Phạm Hiếu
"""

figs = [
    F("giảm từ 13.800 đồng", "13.800", 13800, "money", "đồng/kg", "giá thu mua sữa tươi"),
    F("còn 12.900 đồng/kg", "12.900", 12900, "money", "đồng/kg", "giá thu mua sữa tươi"),
    F("tăng 8-10%", "8", 8, "percent", "%", "giá thức ăn tinh", value_max=10),
    F("có 13.450 con", "13.450", 13450, "count", "con", "bò sữa"),
    F("khoảng 1.960 hộ", "1.960", 1960, "count", "hộ", "hộ nuôi bò sữa", approx="about"),
    F("(5.120 con)", "5.120", 5120, "count", "con", "bò sữa", location="Vĩnh Tường"),
    F("(4.870 con)", "4.870", 4870, "count", "con", "bò sữa", location="Yên Lạc"),
    F("(1.930 con)", "1.930", 1930, "count", "con", "bò sữa", location="Tam Dương"),
    F("đạt 37.800 tấn", "37.800", 37800, "measure", "tấn", "sản lượng sữa tươi",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 105 tấn", "105", 105, "measure", "tấn", "sữa các hộ giao mỗi ngày", approx="about"),
    F("qua 11 điểm", "11", 11, "count", "điểm thu gom", "điểm thu gom"),
    F("nuôi 32 con", "32", 32, "count", "con", "bò gia đình ông Nguyễn Văn Tám nuôi", location="Vĩnh Tường"),
    F("18 con", "18", 18, "count", "con", "bò đang vắt sữa", total=32, location="Vĩnh Tường"),
    F("khoảng 340 kg", "340", 340, "measure", "kg", "sữa thu mỗi ngày", approx="about", location="Vĩnh Tường"),
    F("gần 6 triệu đồng", "6", 6000000, "money", "đồng", "tiền lỗ mỗi tháng", approx="nearly", location="Vĩnh Tường"),
    F("dưới 3,5%", "3,5", 3.5, "percent", "%", "hàm lượng chất béo", approx="under", optional=True),
    F("trên 1 triệu CFU/ml", "1", 1000000, "measure", "CFU/ml", "tổng vi khuẩn", approx="over", optional=True),
    F("khoảng 13.500 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá thu mua", approx="about", status="forecast"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "chi phí mua bồn làm lạnh được hỗ trợ", location="Yên Lạc"),
    F("6 tổ hợp tác", "6", 6, "count", "tổ hợp tác", "tổ hợp tác chăn nuôi bò sữa được hỗ trợ", location="Yên Lạc"),
    F("1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "tổng kinh phí hỗ trợ mua bồn làm lạnh", location="Yên Lạc"),
]

build("p313-7", [
    "National press (agriculture section): Vĩnh Phúc dairy farmers hit by a raw-milk price cut; herd by district, output, collection points,",
    "a farmer's herd and losses, the buyer's quality thresholds and price forecast, district support. Dateline 'Thứ Hai, 14/10/2024 - 09:15'",
    "with '0 bình luận' after it (furniture). Distractors: the name 'Nguyễn Văn Tám' (a number word), '(IDP)', hotline 0211.3862.579.",
    "'giảm từ 13.800 đồng xuống còn 12.900 đồng/kg': two price levels, no change (the gap is not stated). 'tăng 8-10% so với đầu năm' is a growth",
    "rate as the claim: a percent range with no change. 'Từ đầu tháng 9' (from … onward) has no end: periods left null.",
    "'trong đó 18 con' → total 32. Buyer thresholds 'dưới 3,5%', 'trên 1 triệu CFU/ml' are criteria: optional. 'dự báo' → forecast.",
], text, figs, location="Vĩnh Phúc", published="2024-10-14")
