"""p631-2: huyện Thọ Xuân (Thanh Hóa) district portal — market fees H1/2024, market investment."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ > Kinh tế > Thương mại - Dịch vụ
Thứ Năm, 18/07/2024 - 10:25

Thọ Xuân: Thu dịch vụ chợ 6 tháng đạt 1,86 tỷ đồng

Theo Phòng Kinh tế và Hạ tầng huyện Thọ Xuân, hiện trên địa bàn huyện có 26 chợ, gồm 1 chợ hạng II (chợ Trung tâm thị trấn Thọ Xuân) và 25 chợ hạng III, với 2.140 hộ kinh doanh cố định, trong đó hơn 1.300 hộ kinh doanh nông sản, thực phẩm.

6 tháng đầu năm 2024, tổng số tiền thu dịch vụ sử dụng diện tích bán hàng tại các chợ đạt 1,86 tỷ đồng, bằng 54,7% kế hoạch năm, tăng 9,4% so với cùng kỳ. Trong đó, chợ Trung tâm thị trấn thu 612 triệu đồng; các chợ do UBND xã quản lý thu 1,03 tỷ đồng; 2 chợ do hợp tác xã quản lý thu 218 triệu đồng. Mức thu đối với ki-ốt từ 150.000 đến 400.000 đồng/ki-ốt/tháng, tùy vị trí.

Giai đoạn 2021-2024, huyện đã xây mới 4 chợ, cải tạo, nâng cấp 9 chợ với tổng vốn 38,5 tỷ đồng; trong đó ngân sách huyện 14,2 tỷ đồng, ngân sách xã 9,8 tỷ đồng, còn lại là vốn xã hội hóa. Đến nay, 24/26 chợ đạt tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn.

Hiện chợ Xuân Lập (tổng mức đầu tư 6,5 tỷ đồng, quy mô 120 ki-ốt) đang được thi công, dự kiến đưa vào sử dụng trong quý IV/2024. Năm 2024, huyện phấn đấu thu dịch vụ chợ đạt 3,4 tỷ đồng, không để phát sinh chợ tạm, chợ cóc trên Quốc lộ 47 và đường tỉnh 506.

Phòng Kinh tế và Hạ tầng - ĐT: 0237.3834.196
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")

FIGS = [
    F("6 tháng đạt 1,86", "1,86", 1860000000, "money", "đồng", "thu dịch vụ chợ",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có 26 chợ", "26", 26, "count", "chợ", "chợ trên địa bàn huyện"),
    F("gồm 1 chợ hạng II", "1", 1, "count", "chợ", "chợ hạng II", total=26),
    F("25 chợ hạng III", "25", 25, "count", "chợ", "chợ hạng III", total=26),
    F("2.140 hộ", "2.140", 2140, "count", "hộ kinh doanh", "hộ kinh doanh cố định"),
    F("hơn 1.300 hộ", "1.300", 1300, "count", "hộ kinh doanh", "hộ kinh doanh nông sản, thực phẩm",
      approx="over", total=2140),
    F("chợ đạt 1,86 tỷ", "1,86", 1860000000, "money", "đồng",
      "tổng số tiền thu dịch vụ sử dụng diện tích bán hàng tại các chợ", H1,
      percent=54.7, change=CH("increase", 9.4, "%", "cùng kỳ")),
    F("thu 612 triệu", "612", 612000000, "money", "đồng", "thu dịch vụ chợ Trung tâm thị trấn", I(H1),
      total=1860000000),
    F("thu 1,03 tỷ", "1,03", 1030000000, "money", "đồng", "thu dịch vụ các chợ do UBND xã quản lý", I(H1),
      total=1860000000),
    F("; 2 chợ do hợp tác xã", "2", 2, "count", "chợ", "chợ do hợp tác xã quản lý", I(H1)),
    F("thu 218 triệu", "218", 218000000, "money", "đồng", "thu dịch vụ chợ do hợp tác xã quản lý", I(H1),
      total=1860000000),
    F("từ 150.000 đến 400.000", "150.000", 150000, "money", "đồng/ki-ốt/tháng", "mức thu đối với ki-ốt",
      value_max=400000),
    F("xây mới 4 chợ", "4", 4, "count", "chợ", "chợ xây mới", G),
    F("nâng cấp 9 chợ", "9", 9, "count", "chợ", "chợ cải tạo, nâng cấp", G),
    F("tổng vốn 38,5 tỷ", "38,5", 38500000000, "money", "đồng", "tổng vốn xây mới, cải tạo, nâng cấp chợ", G),
    F("huyện 14,2 tỷ", "14,2", 14200000000, "money", "đồng", "ngân sách huyện", G, total=38500000000),
    F("xã 9,8 tỷ", "9,8", 9800000000, "money", "đồng", "ngân sách xã", G, total=38500000000),
    F("24/26 chợ", "24", 24, "count", "chợ", "chợ đạt tiêu chí về cơ sở hạ tầng thương mại nông thôn",
      P("Đến nay", None, "2024-07-18"), total=26),
    F("đầu tư 6,5 tỷ", "6,5", 6500000000, "money", "đồng", "tổng mức đầu tư chợ Xuân Lập"),
    F("quy mô 120 ki-ốt", "120", 120, "count", "ki-ốt", "quy mô ki-ốt chợ Xuân Lập"),
    F("đạt 3,4 tỷ", "3,4", 3400000000, "money", "đồng", "thu dịch vụ chợ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal of huyện Thọ Xuân (Thanh Hóa): market service fees H1/2024 and their split, market counts by class,",
    "market investment 2021-2024 with budget split, NTM criterion, a market under construction, 2024 plan.",
    "Dateline 'Thứ Năm, 18/07/2024 - 10:25'. Location = the district (district portal). Headline '6 tháng' takes 2024 from the dateline.",
    "Distractors: 'tiêu chí số 7', 'quý IV/2024', 'Quốc lộ 47', 'đường tỉnh 506', phone 0237.3834.196, class labels II/III.",
    "612 tr + 1,03 tỷ + 218 tr = 1,86 tỷ (Trong đó, across a sentence break). '2 chợ' after the cue counts markets, not money: no total.",
    "'bằng 54,7% kế hoạch năm' is the share of 1,86 tỷ. 'Đến nay' ends at the dateline. 'hiện' gives no period.",
    "Xuân Lập figures in brackets are actual (the 'dự kiến' clause is about the opening date, not the amounts).",
]

if __name__ == "__main__":
    emit("p631-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Thọ Xuân")
