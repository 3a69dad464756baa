"""p1180-1: Sơn La province portal - silage maize area 2024, Mộc Châu dairy contract farming."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Sơn La: Gần 4.800 ha ngô sinh khối phục vụ chăn nuôi bò

Cập nhật: 24/09/2024 15:20 | Lượt xem: 2.047

(sonla.gov.vn) - Năm 2024, toàn tỉnh Sơn La gieo trồng 4.785 ha ngô sinh khối, đạt 106,3% kế hoạch, tăng 612 ha so với năm 2023. Trong đó, huyện Mộc Châu 2.150 ha, huyện Vân Hồ 1.320 ha, huyện Yên Châu 540 ha, các huyện còn lại 775 ha.

Năng suất ngô sinh khối bình quân ước đạt 48 tấn/ha, sản lượng ước đạt trên 229.000 tấn. Lượng ngô này đáp ứng khoảng 85% nhu cầu thức ăn thô xanh cho đàn bò sữa của tỉnh.

Tại huyện Mộc Châu, Công ty cổ phần Giống bò sữa Mộc Châu ký hợp đồng bao tiêu ngô sinh khối với 1.250 hộ dân ở 9 xã, thị trấn; giá thu mua từ 1.100 đến 1.200 đồng/kg cây tươi. Trừ chi phí, người trồng lãi bình quân khoảng 25 triệu đồng/ha/vụ, cao gấp 1,5 lần so với trồng ngô hạt.

Hiện tổng đàn bò sữa của tỉnh đạt 31.600 con, chiếm gần 10% tổng đàn bò sữa cả nước; đàn bò thịt hơn 290.000 con. Thực hiện Quyết định số 1265/QĐ-UBND, tỉnh hỗ trợ 2 triệu đồng/ha cho hộ chuyển đổi đất trồng ngô hạt kém hiệu quả sang trồng ngô sinh khối.

Năm 2025, tỉnh phấn đấu nâng diện tích ngô sinh khối lên 5.500 ha, trong đó ít nhất 3.000 ha được liên kết tiêu thụ theo chuỗi; năng suất bình quân đạt 50 tấn/ha trở lên.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích ngô sinh khối gieo trồng"

FIGS = [
    fig("Gần 4.800 ha", "4.800", 4800, "measure", "ha", approx="nearly",
        subject="diện tích ngô sinh khối phục vụ chăn nuôi bò"),
    fig("gieo trồng 4.785 ha", "4.785", 4785, "measure", "ha", percent=106.3,
        change=chg("increase", 612, "ha", "năm 2023"), subject=AREA, period=Y24),
    fig("Mộc Châu 2.150 ha", "2.150", 2150, "measure", "ha", total=4785, subject=AREA,
        period=inh(Y24), location="Mộc Châu"),
    fig("Vân Hồ 1.320 ha", "1.320", 1320, "measure", "ha", total=4785, subject=AREA,
        period=inh(Y24), location="Vân Hồ"),
    fig("Yên Châu 540 ha", "540", 540, "measure", "ha", total=4785, subject=AREA,
        period=inh(Y24), location="Yên Châu"),
    fig("còn lại 775 ha", "775", 775, "measure", "ha", total=4785,
        subject="diện tích ngô sinh khối các huyện còn lại", period=inh(Y24)),
    fig("ước đạt 48 tấn/ha", "48", 48, "measure", "tấn/ha", status="estimate",
        subject="năng suất ngô sinh khối bình quân", period=inh(Y24)),
    fig("trên 229.000 tấn", "229.000", 229000, "measure", "tấn", approx="over", status="estimate",
        subject="sản lượng ngô sinh khối", period=inh(Y24)),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ đáp ứng nhu cầu thức ăn thô xanh cho đàn bò sữa", period=inh(Y24)),
    fig("với 1.250 hộ", "1.250", 1250, "count", "hộ dân",
        subject="hộ dân ký hợp đồng bao tiêu ngô sinh khối", location="Mộc Châu"),
    fig("ở 9 xã", "9", 9, "count", "xã, thị trấn",
        subject="xã, thị trấn có hộ ký hợp đồng bao tiêu ngô sinh khối", location="Mộc Châu"),
    fig("từ 1.100 đến 1.200", "1.100", 1100, "money", "đồng/kg", value_max=1200,
        subject="giá thu mua ngô sinh khối cây tươi", location="Mộc Châu"),
    fig("khoảng 25 triệu", "25", 25000000, "money", "đồng/ha/vụ", approx="about",
        change=chg("increase", 1.5, "lần", "trồng ngô hạt"),
        subject="lãi bình quân của người trồng ngô sinh khối", location="Mộc Châu"),
    fig("đạt 31.600 con", "31.600", 31600, "count", "con", percent=10,
        subject="tổng đàn bò sữa"),
    fig("hơn 290.000 con", "290.000", 290000, "count", "con", approx="over", subject="đàn bò thịt"),
    fig("hỗ trợ 2 triệu", "2", 2000000, "money", "đồng/ha",
        subject="mức hỗ trợ hộ chuyển đổi đất trồng ngô hạt sang trồng ngô sinh khối"),
    fig("lên 5.500 ha", "5.500", 5500, "measure", "ha", status="target",
        subject="diện tích ngô sinh khối", period=Y25),
    fig("ít nhất 3.000 ha", "3.000", 3000, "measure", "ha", approx="at_least", total=5500, status="target",
        subject="diện tích ngô sinh khối được liên kết tiêu thụ theo chuỗi", period=Y25),
    fig("đạt 50 tấn/ha", "50", 50, "measure", "tấn/ha", approx="at_least", status="target",
        subject="năng suất bình quân ngô sinh khối", period=Y25),
]

NOTES = [
    "Province portal (Sơn La): silage maize (ngô sinh khối) 2024. Breadcrumb, 'Cập nhật: 24/09/2024 15:20 | Lượt xem: 2.047'.",
    "Distractors: time 15:20, view counter 2.047, sonla.gov.vn, 'Quyết định số 1265/QĐ-UBND'.",
    "'Trong đó' district parts add up to 4.785 (total). 'cao gấp 1,5 lần so với trồng ngô hạt' is the change of the profit before it.",
    "'đáp ứng khoảng 85%' stands in its own sentence with its own verb: a percent figure, actual. 'chiếm gần 10%' is the share of 31.600 con.",
    "'đạt 50 tấn/ha trở lên' = at_least. Company passage located in Mộc Châu. Headline and 'Hiện' figures have no period.",
]

if __name__ == "__main__":
    write("p1180-1", TEXT, NOTES, FIGS, published="2024-09-24", location="Sơn La")
