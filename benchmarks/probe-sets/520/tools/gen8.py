"""p520-8: provincial newspaper (Báo Bình Định, tag '(BĐ)'), biosecure livestock farming, 9 months 2024, 2025 targets, rank."""
from lib import F, P, I, CH, emit

TEXT = """Báo Bình Định điện tử
Kinh tế > Nông nghiệp
Thứ Sáu, 11/10/2024 | 15:32

Chăn nuôi an toàn sinh học: Hướng đi bền vững

(BĐ) - 9 tháng năm 2024, tổng đàn lợn của tỉnh ước đạt 735.400 con, tăng 3,1% so với cùng kỳ; tổng đàn gà ước đạt gần 9,8 triệu con. Riêng quý III, sản lượng thịt hơi xuất chuồng các loại đạt 64.820 tấn.

Hiện toàn tỉnh có 412 trang trại chăn nuôi quy mô lớn, trong đó 186 trang trại áp dụng quy trình chăn nuôi an toàn sinh học, chiếm 45,1%. Mật độ chăn nuôi bình quân là 1,2 đơn vị vật nuôi/ha đất nông nghiệp, thấp hơn mức trần theo quy định.

Theo đánh giá của Sở NN&PTNT, chăn nuôi an toàn sinh học giúp giảm từ 15 đến 20% chi phí thuốc thú y; lợi nhuận bình quân đạt 550.000-700.000 đồng/con lợn thịt, cao gấp 1,5 lần so với chăn nuôi truyền thống. Trong 9 tháng, các trang trại áp dụng quy trình này không xảy ra dịch tả lợn châu Phi, trong khi toàn tỉnh ghi nhận 27 ổ dịch tại 9 huyện, thị xã, thành phố, buộc tiêu hủy 1.863 con lợn.

Anh Nguyễn Văn Tám (thôn 3, xã Phước Hiệp, huyện Tuy Phước) cho biết, trang trại nuôi 1.200 con lợn thịt của anh đã đầu tư khoảng 2,5 tỷ đồng cho hệ thống chuồng kín, xử lý chất thải bằng đệm lót sinh học. "Từ năm 2021 đến nay, trại chưa phải tiêu hủy con nào", anh Tám nói.

Tỉnh Bình Định phấn đấu đến năm 2025 có ít nhất 60% trang trại chăn nuôi áp dụng an toàn sinh học; tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp đạt 45%. Tỉnh hiện xếp thứ 3 khu vực Duyên hải Nam Trung Bộ về tổng đàn lợn.

Ngọc Nhi
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt 735.400 con", "735.400", 735400, "count", "con", "tổng đàn lợn", M9,
      change=CH("increase", 3.1, baseline="cùng kỳ"), status="estimate"),
    F("gần 9,8 triệu con", "9,8", 9800000, "count", "con", "tổng đàn gà", M9, approx="nearly", status="estimate"),
    F("đạt 64.820 tấn", "64.820", 64820, "measure", "tấn", "sản lượng thịt hơi xuất chuồng các loại",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("có 412 trang trại", "412", 412, "count", "trang trại", "trang trại chăn nuôi quy mô lớn"),
    F("đó 186 trang trại", "186", 186, "count", "trang trại", "trang trại áp dụng quy trình chăn nuôi an toàn sinh học",
      total=412, percent=45.1),
    F("là 1,2 đơn vị", "1,2", 1.2, "measure", "đơn vị vật nuôi/ha", "mật độ chăn nuôi bình quân"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "chi phí thuốc thú y giảm nhờ chăn nuôi an toàn sinh học",
      value_max=20),
    F("đạt 550.000-700.000", "550.000", 550000, "money", "đồng/con", "lợi nhuận bình quân chăn nuôi an toàn sinh học",
      value_max=700000, change=CH("increase", 1.5, "lần", baseline="chăn nuôi truyền thống")),
    F("ghi nhận 27 ổ dịch", "27", 27, "count", "ổ dịch", "ổ dịch tả lợn châu Phi",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tại 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có ổ dịch tả lợn châu Phi",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tiêu hủy 1.863 con", "1.863", 1863, "count", "con", "lợn buộc tiêu hủy",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("nuôi 1.200 con", "1.200", 1200, "count", "con", "lợn thịt trang trại nuôi", location="Tuy Phước"),
    F("khoảng 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "vốn đầu tư hệ thống chuồng kín", approx="about",
      location="Tuy Phước"),
    F("ít nhất 60%", "60", 60, "percent", "%", "trang trại chăn nuôi áp dụng an toàn sinh học", T25,
      approx="at_least", status="target"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp", T25, status="target"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "tổng đàn lợn"),
]

COMMENTS = [
    "Báo Bình Định (invented, provincial paper, tag '(BĐ)'): chăn nuôi an toàn sinh học, đàn lợn/gà 9 tháng 2024, ổ dịch, mục tiêu 2025.",
    "'186 trang trại ..., chiếm 45,1%' after 'trong đó' -> total 412, percent 45.1. 'cao gấp 1,5 lần so với chăn nuôi truyền thống' is the",
    "change of the profit range (lần). 'giảm từ 15 đến 20% chi phí' is a rate that is the claim (percent, no change).",
    "'Trong 9 tháng' takes 2024 from the lead. The farm in '(thôn 3, xã Phước Hiệp, huyện Tuy Phước)' -> location Tuy Phước.",
    "revised after first scoring: rank subject 'tổng đàn lợn khu vực Duyên hải Nam Trung Bộ' -> 'tổng đàn lợn' (scope is not the indicator,",
    "as shared gold 001/h04 treat 'toàn quốc').",
    "Distractors: 'Nguyễn Văn Tám'/'anh Tám' (name = number word), 'thôn 3', 'Từ năm 2021 đến nay' in a quote with no figure",
    "('con nào' is no number), dateline 'Thứ Sáu, 11/10/2024 | 15:32', 'mức trần' with no number.",
]

if __name__ == "__main__":
    emit("p520-8", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Bình Định")
