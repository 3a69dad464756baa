from lib import F, P, C, emit

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Kinh tế - Nông nghiệp

Dịch tả lợn châu Phi bùng phát tại 6 huyện

18/10/2024 07:30

Từ đầu quý III/2024 đến nay, dịch tả lợn châu Phi (DTLCP) đã xuất hiện tại 47 xã, phường, thị trấn thuộc 6 huyện, thành phố trên địa bàn tỉnh, buộc tiêu hủy 12.846 con lợn với tổng trọng lượng gần 863 tấn.

Theo Chi cục Chăn nuôi và Thú y tỉnh, riêng trong tháng 9, toàn tỉnh tiêu hủy 7.215 con lợn, chiếm 56,2% số lợn tiêu hủy của cả đợt dịch. Các địa phương bị thiệt hại nặng nhất là huyện Quỳnh Phụ (3.920 con), Hưng Hà (2.684 con), Đông Hưng (2.107 con); huyện Kiến Xương có dưới 500 con phải tiêu hủy.

Tổng kinh phí hỗ trợ người chăn nuôi có lợn bị tiêu hủy ước khoảng 31,5 tỷ đồng, với mức hỗ trợ 38.000 đồng/kg lợn hơi. Đến nay, tỉnh đã chi trả 18,7 tỷ đồng cho 1.032 hộ.

Tổng đàn lợn của tỉnh hiện còn khoảng 742.000 con, giảm 8,5% so với cùng kỳ năm 2023 và chỉ đạt 87,3% kế hoạch năm 2024 (850.000 con).

Ông Phạm Văn Tuấn, Chi cục trưởng Chi cục Chăn nuôi và Thú y, cho biết ngành đã chuẩn bị 2.000 lít hóa chất, 15 tấn vôi bột và thành lập 125 chốt kiểm dịch tạm thời tại các xã có dịch. Người dân phát hiện lợn ốm, chết cần báo ngay cho thú y xã hoặc gọi đường dây nóng 0227.3831.668.

Bài, ảnh: Minh Hương
"""

Q3 = P("Từ đầu quý III/2024 đến nay", "2024-07-01", "2024-10-18")
Q3i = P("Từ đầu quý III/2024 đến nay", "2024-07-01", "2024-10-18", inh=True)
T9 = P("trong tháng 9", "2024-09-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-18")

FIGS = [
    F("bùng phát tại 6 huyện", "6", 6, "count", "huyện", "huyện có dịch tả lợn châu Phi"),
    F("tại 47 xã", "47", 47, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có dịch tả lợn châu Phi", Q3),
    F("thuộc 6 huyện", "6", 6, "count", "huyện, thành phố", "huyện, thành phố có dịch tả lợn châu Phi", Q3),
    F("tiêu hủy 12.846 con", "12.846", 12846, "count", "con", "lợn tiêu hủy", Q3),
    F("gần 863 tấn", "863", 863, "measure", "tấn", "tổng trọng lượng lợn tiêu hủy", Q3, approx="nearly"),
    F("tiêu hủy 7.215 con", "7.215", 7215, "count", "con", "lợn tiêu hủy", T9, percent=56.2),
    F("Quỳnh Phụ (3.920 con)", "3.920", 3920, "count", "con", "lợn tiêu hủy", Q3i, location="Quỳnh Phụ"),
    F("Hưng Hà (2.684 con)", "2.684", 2684, "count", "con", "lợn tiêu hủy", Q3i, location="Hưng Hà"),
    F("Đông Hưng (2.107 con)", "2.107", 2107, "count", "con", "lợn tiêu hủy", Q3i, location="Đông Hưng"),
    F("dưới 500 con", "500", 500, "count", "con", "lợn phải tiêu hủy", Q3i, approx="under", location="Kiến Xương"),
    F("khoảng 31,5 tỷ đồng", "31,5", 31500000000, "money", "đồng",
      "tổng kinh phí hỗ trợ người chăn nuôi có lợn bị tiêu hủy", approx="about", status="estimate"),
    F("mức hỗ trợ 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "mức hỗ trợ lợn hơi"),
    F("chi trả 18,7 tỷ đồng", "18,7", 18700000000, "money", "đồng", "kinh phí hỗ trợ đã chi trả", NOW),
    F("cho 1.032 hộ", "1.032", 1032, "count", "hộ", "hộ được chi trả hỗ trợ", NOW),
    F("khoảng 742.000 con", "742.000", 742000, "count", "con", "tổng đàn lợn của tỉnh", approx="about",
      change=C("decrease", 8.5, "%", "cùng kỳ năm 2023"), percent=87.3,
      target={"value": 850000, "unit": "con", "met": False}),
    F("2.000 lít", "2.000", 2000, "measure", "lít", "hóa chất chuẩn bị"),
    F("15 tấn", "15", 15, "measure", "tấn", "vôi bột"),
    F("125 chốt", "125", 125, "count", "chốt kiểm dịch", "chốt kiểm dịch tạm thời thành lập"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình): African swine fever since the start of Q3/2024 — communes, districts, pigs culled, support money, herd vs plan.",
    "Bare dateline '18/10/2024 07:30'; byline at the end. Distractors: phone 0227.3831.668, '(DTLCP)', a person's name, 'Bài, ảnh'.",
    "'Từ đầu quý III/2024 đến nay' → 2024-07-01 to the dateline 2024-10-18; 'trong tháng 9' takes 2024. The headline count '6 huyện' has no period.",
    "'7.215 con, chiếm 56,2% số lợn tiêu hủy của cả đợt dịch': percent 56,2, but no total (the part is one month, the whole the whole outbreak; no part cue).",
    "District list: places to location; which period the list refers to is left inherited. 'dưới 500 con' approx under.",
    "'ước khoảng 31,5 tỷ đồng' estimate + about. '742.000 con … đạt 87,3% kế hoạch năm 2024 (850.000 con)': percent 87,3, target 850.000, change −8,5%.",
    "'hiện còn' gives no period to the herd; the 'kế hoạch năm 2024' is the target's year, not the figure's.",
]

emit("p409-5", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Thái Bình")
