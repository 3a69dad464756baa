"""p590-2: district portal (huyện Hải Hậu, Nam Định) — quản lý, giúp đỡ người chấp hành xong án phạt tù, 6 tháng 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Thứ Sáu, 12/07/2024 - 09:20

Hải Hậu: Quản lý, giúp đỡ 173 người chấp hành xong án phạt tù

Theo Công an huyện, tính đến ngày 30/6/2024, trên địa bàn huyện có 173 người chấp hành xong án phạt tù đang cư trú, trong đó 19 người là nữ, 11 người dưới 30 tuổi. 6 tháng đầu năm, có 28 người mãn hạn tù trở về địa phương, giảm 4 người so với cùng kỳ năm 2023; 100% được Công an xã, thị trấn tiếp nhận, lập hồ sơ theo dõi. Các xã có nhiều người trở về là Hải Đông (5 người), Hải Lý (4 người), Hải Chính (4 người) và thị trấn Thịnh Long (3 người).

Thực hiện Nghị định số 49/2020/NĐ-CP, huyện đã hỗ trợ 21 người học nghề, tìm việc làm, đạt 75% số người trở về. Số người được học nghề may, cơ khí và số người được giới thiệu vào làm việc tại các doanh nghiệp lần lượt là 9 người và 12 người, thu nhập từ 6,5 đến 8 triệu đồng/tháng.

Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân 420 triệu đồng cho 7 người vay vốn theo Quyết định số 22/2023/QĐ-TTg, mức vay tối đa 100 triệu đồng/người. Quỹ "Tiếp sức hoàn lương" của huyện vận động được gần 150 triệu đồng.

Dự kiến 6 tháng cuối năm 2024 có khoảng 35 người mãn hạn tù trở về. Huyện phấn đấu đến hết năm 2024 có ít nhất 80% người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, việc làm.

Nguyễn Thu Trang - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Đường dây nóng Công an huyện (Quốc lộ 21, thị trấn Yên Định): 0228.3877.113
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
END24 = P("đến hết năm 2024", None, "2024-12-31")
SUBJ_BACK = "người mãn hạn tù trở về địa phương"
SUBJ_LIST = "người trở về"

FIGS = [
    F("Quản lý, giúp đỡ 173", "173", 173, "count", "người",
      "người chấp hành xong án phạt tù được quản lý, giúp đỡ", I(ASOF)),
    F("huyện có 173 người", "173", 173, "count", "người",
      "người chấp hành xong án phạt tù đang cư trú", ASOF),
    F("19 người là nữ", "19", 19, "count", "người",
      "người chấp hành xong án phạt tù là nữ", ASOF, total=173),
    F("11 người dưới", "11", 11, "count", "người",
      "người chấp hành xong án phạt tù dưới 30 tuổi", ASOF, total=173),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True),
    F("có 28 người", "28", 28, "count", "người", SUBJ_BACK, H1,
      change=CH("decrease", 4, "người", baseline="cùng kỳ năm 2023")),
    F("2023; 100%", "100", 100, "percent", "%",
      "người mãn hạn tù trở về được tiếp nhận, lập hồ sơ theo dõi", H1),
    F("Hải Đông (5 người)", "5", 5, "count", "người", SUBJ_LIST, I(H1)),
    F("Hải Lý (4 người)", "4", 4, "count", "người", SUBJ_LIST, I(H1)),
    F("Hải Chính (4 người)", "4", 4, "count", "người", SUBJ_LIST, I(H1)),
    F("Thịnh Long (3 người)", "3", 3, "count", "người", SUBJ_LIST, I(H1)),
    F("hỗ trợ 21 người", "21", 21, "count", "người",
      "người được hỗ trợ học nghề, tìm việc làm", I(H1), percent=75),
    F("là 9 người", "9", 9, "count", "người", "người được học nghề may, cơ khí", I(H1)),
    F("và 12 người", "12", 12, "count", "người",
      "người được giới thiệu vào làm việc tại các doanh nghiệp", I(H1)),
    F("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/tháng",
      "thu nhập của người được giới thiệu việc làm", value_max=8e6),
    F("giải ngân 420 triệu", "420", 420e6, "money", "đồng",
      "vốn vay giải ngân cho người chấp hành xong án phạt tù", I(H1)),
    F("cho 7 người", "7", 7, "count", "người", "người vay vốn", I(H1)),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/người", "mức vay", approx="at_most"),
    F("gần 150 triệu", "150", 150e6, "money", "đồng",
      "Quỹ \"Tiếp sức hoàn lương\" vận động", approx="nearly"),
    F("khoảng 35 người", "35", 35, "count", "người", SUBJ_BACK, H2,
      approx="about", status="forecast"),
    F("ít nhất 80%", "80", 80, "percent", "%",
      "người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, việc làm", END24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định): người chấp hành xong án phạt tù, 6 tháng đầu năm 2024. Dateline 'Thứ Sáu, 12/07/2024 - 09:20'.",
    "Location default is the district Hải Hậu; the commune list items (Hải Đông (5 người) …) keep Hải Hậu (see revised).",
    "'6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024'. '19 người là nữ, 11 người dưới 30 tuổi' after 'trong đó' are parts of 173.",
    "'dưới 30 tuổi' is a threshold (optional). 'giảm 4 người so với cùng kỳ năm 2023' is the change of 28 người.",
    "'lần lượt là 9 người và 12 người' has no part-of cue: no total. 'mức vay tối đa 100 triệu đồng/người' is at_most.",
    "Distractors: Nghị định số 49/2020/NĐ-CP, Quyết định số 22/2023/QĐ-TTg, Quốc lộ 21, phone 0228.3877.113.",
    "revised after the first run: commune items had location = the commune; FIGURES.md defines location as the province, city or",
    "district the figure describes, so they now keep the district Hải Hậu. Their subject is now the list's own indicator 'người trở về'.",
]

if __name__ == "__main__":
    emit("p590-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Hải Hậu")
