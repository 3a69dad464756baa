"""p684-5: Báo Quảng Ninh (Party newspaper, byline + date at the end) — free tuition 2024-2025, lunch allowances."""
from lib import *

TEXT = """Miễn học phí cho hơn 330.000 trẻ em, học sinh

Năm học 2024-2025, tỉnh Quảng Ninh tiếp tục miễn 100% học phí cho trẻ mầm non, học sinh phổ thông công lập và hỗ trợ 100% học phí cho học sinh ngoài công lập theo mức thu của trường công lập cùng cấp.

Theo Sở GD&ĐT, năm học này toàn tỉnh có 332.460 trẻ em, học sinh được hưởng chính sách, tăng 6.190 em so với năm học trước; trong đó khối ngoài công lập có 28.715 em. Tổng kinh phí tỉnh bố trí khoảng 452 tỷ đồng, cao hơn gần 40 tỷ đồng so với năm học 2023-2024.

Bên cạnh miễn học phí, tỉnh hỗ trợ tiền ăn trưa cho 14.380 học sinh tiểu học, THCS ở các xã, thôn vùng đồng bào dân tộc thiểu số và miền núi với mức 15.000 đồng/học sinh/ngày. Các huyện có nhiều học sinh được hỗ trợ là Bình Liêu (3.912 em), Ba Chẽ (2.874 em), Tiên Yên (2.650 em) và Đầm Hà (2.105 em).

Tại Trường PTDT bán trú THCS Đồng Văn (huyện Bình Liêu), nằm sát Quốc lộ 18C, 100% học sinh là con em đồng bào Tày, Dao, Sán Chỉ. Thầy Hoàng Văn Lâm, Hiệu trưởng nhà trường cho biết, nhờ chính sách hỗ trợ, tỷ lệ chuyên cần của học sinh đạt 98,5%, không có học sinh bỏ học.

Ông Vũ Văn Diện, Giám đốc Sở GD&ĐT cho biết, chính sách miễn học phí góp phần giảm tỷ lệ học sinh bỏ học toàn tỉnh xuống còn 0,12%. Tỉnh phấn đấu đến năm 2025 có 95% trường học vùng đồng bào dân tộc thiểu số đạt chuẩn quốc gia.

Thu Hằng
12/9/2024
"""

NH24 = NH("Năm học 2024-2025", 2024)
NAY = NH("năm học này", 2024)

FIGS = [
    F("hơn 330.000 trẻ em", "330.000", 330000, "count", "trẻ em, học sinh",
      "trẻ em, học sinh được miễn học phí", I(NH24), approx="over"),
    F("miễn 100% học phí", "100", 100, "percent", "%",
      "mức miễn học phí cho trẻ mầm non, học sinh phổ thông công lập", NH24),
    F("hỗ trợ 100% học phí", "100", 100, "percent", "%",
      "mức hỗ trợ học phí cho học sinh ngoài công lập", NH24),
    F("có 332.460 trẻ em", "332.460", 332460, "count", "trẻ em, học sinh",
      "trẻ em, học sinh được hưởng chính sách", NAY, change=CH("increase", 6190, "em", "năm học trước")),
    F("có 28.715 em", "28.715", 28715, "count", "em",
      "trẻ em, học sinh khối ngoài công lập được hưởng chính sách", NAY, total=332460),
    F("khoảng 452 tỷ đồng", "452", 452000000000, "money", "đồng",
      "tổng kinh phí tỉnh bố trí", I(NH24), approx="about",
      change=CH("increase", 40000000000, "đồng", "năm học 2023-2024", approx="nearly")),
    F("cho 14.380 học sinh", "14.380", 14380, "count", "học sinh",
      "học sinh tiểu học, THCS được hỗ trợ tiền ăn trưa", I(NH24)),
    F("mức 15.000 đồng/học sinh/ngày", "15.000", 15000, "money", "đồng/học sinh/ngày",
      "mức hỗ trợ tiền ăn trưa"),
    F("Bình Liêu (3.912 em)", "3.912", 3912, "count", "em", "học sinh được hỗ trợ tiền ăn trưa",
      I(NH24), location="Bình Liêu"),
    F("Ba Chẽ (2.874 em)", "2.874", 2874, "count", "em", "học sinh được hỗ trợ tiền ăn trưa",
      I(NH24), location="Ba Chẽ"),
    F("Tiên Yên (2.650 em)", "2.650", 2650, "count", "em", "học sinh được hỗ trợ tiền ăn trưa",
      I(NH24), location="Tiên Yên"),
    F("Đầm Hà (2.105 em)", "2.105", 2105, "count", "em", "học sinh được hỗ trợ tiền ăn trưa",
      I(NH24), location="Đầm Hà"),
    F("100% học sinh là con em", "100", 100, "percent", "%",
      "học sinh Trường PTDT bán trú THCS Đồng Văn là con em đồng bào Tày, Dao, Sán Chỉ", location="Bình Liêu"),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%",
      "tỷ lệ chuyên cần của học sinh Trường PTDT bán trú THCS Đồng Văn", location="Bình Liêu"),
    F("xuống còn 0,12%", "0,12", 0.12, "percent", "%", "tỷ lệ học sinh bỏ học toàn tỉnh"),
    F("có 95% trường học", "95", 95, "percent", "%",
      "trường học vùng đồng bào dân tộc thiểu số đạt chuẩn quốc gia",
      ASOF("đến năm 2025", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper; byline 'Thu Hằng' and bare date 12/9/2024 at the end): miễn học phí năm học 2024-2025, tiền ăn trưa.",
    "'năm học này' takes the school year 2024-2025 of the lead (1 Sep 2024 .. 31 May 2025), stated in the figure's sentence: scored.",
    "'tăng 6.190 em so với năm học trước' and 'cao hơn gần 40 tỷ đồng so với năm học 2023-2024' are changes of the figure before them.",
    "District list with bracketed counts: same indicator, district as location, no total (no cue, does not add up to 14.380).",
    "The school 'Trường PTDT bán trú THCS Đồng Văn (huyện Bình Liêu)': its figures (also in the next sentence) have location Bình Liêu.",
    "'giảm … xuống còn 0,12%' is the new level (percent figure), not a change. Distractors: Quốc lộ 18C, date 12/9/2024, school names.",
]

if __name__ == "__main__":
    emit("p684-5", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Quảng Ninh")
