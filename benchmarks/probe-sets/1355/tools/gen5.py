"""p1355-5: provincial newspaper (Báo Quảng Ngãi, tag (BQNg)): a new S-band weather radar in huyện Tư Nghĩa."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Quảng Ngãi điện tử > Xã hội > Môi trường

Thứ Năm, 21/11/2024 | 08:15

Đưa vào vận hành Trạm ra đa thời tiết Quảng Ngãi

(BQNg) - Sau hơn 18 tháng thi công, Trạm ra đa thời tiết Quảng Ngãi tại xã Nghĩa Kỳ (huyện Tư Nghĩa) đã chính thức đi vào hoạt động, góp phần nâng cao chất lượng dự báo mưa lớn cho khu vực Trung Trung Bộ.

Theo Ban Quản lý dự án, công trình có tổng mức đầu tư 256,7 tỷ đồng từ nguồn ngân sách trung ương, gồm tháp ra đa cao 42 m, nhà làm việc 2 tầng và hệ thống điện dự phòng. Ra đa Doppler băng S có bán kính quan trắc 400 km, bán kính định lượng mưa 250 km, bao phủ các tỉnh từ Thừa Thiên Huế đến Bình Định và vùng biển quanh quần đảo Hoàng Sa. Ảnh ra đa được cập nhật 10 phút/lần và truyền về Đài Khí tượng Thủy văn khu vực Trung Trung Bộ trong chưa đến 2 phút.

Ông Phạm Văn Lực, Giám đốc Đài Khí tượng Thủy văn tỉnh cho biết, trước đây tỉnh chủ yếu dựa vào hai ra đa ở Tam Kỳ và Quy Nhơn nên thời gian cảnh báo mưa dông chỉ khoảng 30 phút; nay có thể cảnh báo trước từ 1 đến 2 giờ. Trong 9 tháng đầu năm 2024, Đài đã phát hành 58 bản tin cảnh báo mưa lớn, gấp đôi cùng kỳ năm trước.

Hiện toàn tỉnh có 146 trạm đo mưa tự động và 21 trạm đo mực nước tự động. Năm 2024, tỉnh bố trí hơn 5 tỷ đồng để lắp thêm 32 trạm đo mưa tại các huyện miền núi Ba Tơ, Sơn Hà, Trà Bồng; dự kiến đến tháng 6/2025 hoàn thành.

MINH TÂM
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TN = "Tư Nghĩa"

FIGS = [
    fig("hơn 18 tháng", "18", 18, "measure", "tháng", approx="over", subject="thời gian thi công trạm ra đa",
        location=TN, optional=True),
    fig("tư 256,7 tỷ", "256,7", 256.7e9, "money", "đồng", subject="tổng mức đầu tư công trình trạm ra đa",
        location=TN),
    fig("cao 42 m", "42", 42, "measure", "m", subject="chiều cao tháp ra đa", location=TN),
    fig("việc 2 tầng", "2", 2, "count", "tầng", subject="số tầng nhà làm việc", location=TN, optional=True),
    fig("trắc 400 km", "400", 400, "measure", "km", subject="bán kính quan trắc của ra đa Doppler băng S",
        location=TN),
    fig("mưa 250 km", "250", 250, "measure", "km", subject="bán kính định lượng mưa", location=TN),
    fig("10 phút/lần", "10", 10, "measure", "phút/lần", subject="tần suất cập nhật ảnh ra đa", location=TN),
    fig("chưa đến 2 phút", "2", 2, "measure", "phút", approx="under",
        subject="thời gian truyền ảnh ra đa về Đài Khí tượng Thủy văn khu vực Trung Trung Bộ", location=TN),
    fig("hai ra đa", "hai", 2, "count", "ra đa", subject="ra đa tỉnh dựa vào trước đây"),
    fig("khoảng 30 phút", "30", 30, "measure", "phút", approx="about",
        subject="thời gian cảnh báo mưa dông trước đây"),
    fig("từ 1 đến 2 giờ", "1", 1, "measure", "giờ", value_max=2, subject="thời gian cảnh báo trước"),
    fig("hành 58 bản tin", "58", 58, "count", "bản tin", change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="bản tin cảnh báo mưa lớn Đài phát hành", period=N9),
    fig("có 146 trạm", "146", 146, "count", "trạm", subject="trạm đo mưa tự động"),
    fig("và 21 trạm", "21", 21, "count", "trạm", subject="trạm đo mực nước tự động"),
    fig("hơn 5 tỷ", "5", 5e9, "money", "đồng", approx="over", subject="kinh phí tỉnh bố trí để lắp thêm trạm đo mưa",
        period=Y24),
    fig("thêm 32 trạm", "32", 32, "count", "trạm", subject="trạm đo mưa lắp thêm", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ngãi): breadcrumb, 'Thứ Năm, 21/11/2024 | 08:15', sapo with tag '(BQNg) -', byline MINH TÂM.",
    "Distractors: 08:15, 'băng S', 'quần đảo Hoàng Sa', 'tháng 6/2025' (a completion date), 'năm trước' (baseline).",
    "The radar station stands in xã Nghĩa Kỳ, huyện Tư Nghĩa: its figures (cost, tower, radius, update rate, transfer time)",
    "get location Tư Nghĩa, as a facility placed in a district; the province paragraph and the warning figures stay Quảng Ngãi.",
    "Optional: 'hơn 18 tháng thi công' (a construction duration) and 'nhà làm việc 2 tầng' (a building descriptor).",
    "'chưa đến 2 phút' → under. 'hai ra đa' number word. 'gấp đôi cùng kỳ năm trước' after 58 bản tin → change ×2 (lần)",
    "(the multiple 'gấp đôi' is not a digit; change value 2, unit lần).",
    "'Năm 2024, tỉnh bố trí hơn 5 tỷ … lắp thêm 32 trạm' → period năm 2024; 'dự kiến đến tháng 6/2025 hoàn thành' has no figure.",
]

if __name__ == "__main__":
    write("p1355-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Quảng Ngãi")
