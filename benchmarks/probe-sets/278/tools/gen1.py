from lib import F, P, chg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Năm 2023, tỷ lệ hỏa táng trên địa bàn tỉnh đạt 41,3%
Cập nhật: 12/01/2024 09:35 | Lượt xem: 1.847

Theo báo cáo của Sở Xây dựng, năm 2023 toàn tỉnh có 9.862 người từ trần, trong đó 4.073 trường hợp được hỏa táng, chiếm 41,3%, tăng 6,8 điểm phần trăm so với năm 2022. Đây là năm thứ ba liên tiếp tỷ lệ hỏa táng của tỉnh tăng trên 5 điểm phần trăm.

Các địa phương có tỷ lệ hỏa táng cao gồm: thành phố Thái Bình (78,6%), huyện Tiền Hải (52,4%), huyện Kiến Xương (47,9%); thấp nhất là huyện Quỳnh Phụ (18,2%) và huyện Hưng Hà (21,5%).

Thực hiện Nghị quyết số 08/2021/NQ-HĐND của HĐND tỉnh, mỗi trường hợp hỏa táng được hỗ trợ 5 triệu đồng; riêng người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ thêm 2 triệu đồng. Trong năm 2023, ngân sách tỉnh đã chi hơn 20,4 tỷ đồng hỗ trợ hỏa táng, tăng 19,3% so với cùng kỳ.

Hiện toàn tỉnh có 2 cơ sở hỏa táng đang hoạt động với 6 lò đốt, tổng công suất khoảng 40 ca/ngày. Đài hóa thân Hoàn Vũ tại xã Vũ Chính mới đưa vào sử dụng, nâng công suất thêm 12 ca/ngày, đáp ứng nhu cầu của người dân các huyện phía Nam.

Ông Trần Văn Hùng, Phó Giám đốc Sở Xây dựng cho biết: Tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng đạt 50% và đến năm 2030 đạt từ 65% trở lên, đồng thời 100% nghĩa trang được quản lý theo quy hoạch. Mọi phản ánh về dịch vụ tang lễ, người dân liên hệ đường dây nóng của Sở Xây dựng: 0227.3831.456.

Minh Tuấn
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "tỷ lệ hỏa táng"

FIGS = [
    F("tỉnh đạt 41,3%", "41,3", 41.3, "percent", "%", "tỷ lệ hỏa táng trên địa bàn tỉnh", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 9.862 người", "9.862", 9862, "count", "người", "người từ trần", Y23),
    F("4.073 trường hợp", "4.073", 4073, "count", "trường hợp", "trường hợp được hỏa táng", Y23,
      total=9862, percent=41.3, change=chg("increase", 6.8, "điểm phần trăm", "năm 2022")),
    F("năm thứ ba liên tiếp", "ba", 3, "count", "năm", optional=True),
    F("trên 5 điểm phần trăm", "5", 5, "measure", "điểm phần trăm", "mức tăng tỷ lệ hỏa táng", approx="over", optional=True),
    F("Thái Bình (78,6%)", "78,6", 78.6, "percent", "%", SUBJ, Y23i, location="Thái Bình"),
    F("Tiền Hải (52,4%)", "52,4", 52.4, "percent", "%", SUBJ, Y23i, location="Tiền Hải"),
    F("Kiến Xương (47,9%)", "47,9", 47.9, "percent", "%", SUBJ, Y23i, location="Kiến Xương"),
    F("Quỳnh Phụ (18,2%)", "18,2", 18.2, "percent", "%", SUBJ, Y23i, location="Quỳnh Phụ"),
    F("Hưng Hà (21,5%)", "21,5", 21.5, "percent", "%", SUBJ, Y23i, location="Hưng Hà"),
    F("hỗ trợ 5 triệu đồng", "5", 5000000, "money", "đồng", "mức hỗ trợ mỗi trường hợp hỏa táng", Y23i),
    F("thêm 2 triệu đồng", "2", 2000000, "money", "đồng", "mức hỗ trợ thêm cho người thuộc hộ nghèo, hộ cận nghèo", Y23i),
    F("hơn 20,4 tỷ đồng", "20,4", 20400000000, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hỏa táng",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="over", change=chg("increase", 19.3, "%", "cùng kỳ")),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("6 lò đốt", "6", 6, "count", "lò đốt", "lò đốt của các cơ sở hỏa táng"),
    F("khoảng 40 ca/ngày", "40", 40, "measure", "ca/ngày", "tổng công suất các cơ sở hỏa táng", approx="about"),
    F("thêm 12 ca/ngày", "12", 12, "measure", "ca/ngày", "công suất tăng thêm của Đài hóa thân Hoàn Vũ"),
    F("đạt 50%", "50", 50, "percent", "%", SUBJ, T25, status="target"),
    F("từ 65%", "65", 65, "percent", "%", SUBJ, T30, approx="at_least", status="target"),
    F("100% nghĩa trang", "100", 100, "percent", "%", "nghĩa trang được quản lý theo quy hoạch", T30, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: tỷ lệ hỏa táng năm 2023, district list, support per case, crematoria capacity, targets 2025/2030.",
    "Dateline 'Cập nhật: 12/01/2024 09:35 | Lượt xem: 1.847'. Distractors: view counter, Nghị quyết số 08/2021/NQ-HĐND, phone 0227.3831.456, xã Vũ Chính.",
    "4.073 is part of 9.862 (trong đó) with share 41,3% and change 6,8 điểm phần trăm (the change follows the share: one change per figure).",
    "Streak 'năm thứ ba liên tiếp' and the threshold 'trên 5 điểm phần trăm' are optional. 'Hiện' gives no period (capacity figures).",
    "District list items: district is the location, subject the list's indicator; 'thành phố Thái Bình' is the city (same name as the province).",
    "'100% nghĩa trang' continues the 'đến năm 2030' target clause ('đồng thời'): target, period 2030.",
]
emit("p278-1", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Bình")
