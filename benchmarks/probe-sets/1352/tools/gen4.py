"""p1352-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national mung bean area, output, imports by source, 2030 targets."""
from lib import F, P, year, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển cây đậu xanh, giảm phụ thuộc nguồn nguyên liệu nhập khẩu

22/03/2024 | 08:30 | Cục Trồng trọt

Theo Cục Trồng trọt, năm 2023 cả nước gieo trồng khoảng 48.500 ha đậu xanh, giảm 3,4% so với năm 2022; năng suất bình quân đạt 13,1 tạ/ha; sản lượng gần 63.600 tấn. Diện tích tập trung chủ yếu ở Bắc Trung Bộ và Duyên hải miền Trung, chiếm khoảng 45% tổng diện tích cả nước. Các tỉnh có diện tích lớn nhất lần lượt là Nghệ An (4.800 ha), Quảng Nam (4.100 ha) và Bình Định (3.900 ha).

Trong khi đó, nhu cầu đậu xanh cho chế biến bánh kẹo, thực phẩm và xuất khẩu ước khoảng 150.000 tấn/năm. Năm 2023, Việt Nam nhập khẩu 92.300 tấn đậu xanh, trị giá 98,6 triệu USD, tăng 11,2% về lượng so với năm 2022. Myanmar là nguồn cung lớn nhất với 61.200 tấn, chiếm 66,3%; tiếp đến là Trung Quốc 14.500 tấn, Australia 9.800 tấn. Giá nhập khẩu bình quân khoảng 1.068 USD/tấn.

Để chủ động nguồn cung, Bộ đề ra mục tiêu đến năm 2030 diện tích đậu xanh cả nước đạt 70.000 ha, năng suất từ 15 tạ/ha trở lên, đáp ứng ít nhất 60% nhu cầu trong nước. Hiện 3 giống đậu xanh ĐX208, ĐXVN7 và ĐX16 chiếm trên 70% diện tích gieo trồng. Năm 2024, Cục Trồng trọt dự kiến phối hợp với 12 tỉnh xây dựng 25 mô hình trình diễn, mỗi mô hình từ 5 ha trở lên.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác trồng trọt năm 2023
- Hướng dẫn khung lịch thời vụ vụ Hè Thu 2024

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Giấy phép số 82/GP-TTĐT
"""

Y23 = year("năm 2023", 2023)
Y23b = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
TO30 = P("đến năm 2030", None, "2030-12-31")
IMP = "lượng đậu xanh nhập khẩu"

FIGS = [
    F("khoảng 48.500 ha", "48.500", 48500, "measure", "ha", approx="about",
      change=chg("decrease", 3.4, "%", "năm 2022"), subject="diện tích đậu xanh cả nước gieo trồng", period=Y23),
    F("đạt 13,1 tạ/ha", "13,1", 13.1, "measure", "tạ/ha", subject="năng suất bình quân", period=Y23),
    F("gần 63.600 tấn", "63.600", 63600, "measure", "tấn", approx="nearly", subject="sản lượng", period=Y23),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ trọng diện tích đậu xanh ở Bắc Trung Bộ và Duyên hải miền Trung trong tổng diện tích cả nước",
      period=inh(Y23)),
    F("Nghệ An (4.800 ha)", "4.800", 4800, "measure", "ha", subject="diện tích đậu xanh", period=inh(Y23),
      location="Nghệ An"),
    F("Quảng Nam (4.100 ha)", "4.100", 4100, "measure", "ha", subject="diện tích đậu xanh", period=inh(Y23),
      location="Quảng Nam"),
    F("Bình Định (3.900 ha)", "3.900", 3900, "measure", "ha", subject="diện tích đậu xanh", period=inh(Y23),
      location="Bình Định"),
    F("khoảng 150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", approx="about", status="estimate",
      subject="nhu cầu đậu xanh cho chế biến bánh kẹo, thực phẩm và xuất khẩu"),
    F("nhập khẩu 92.300 tấn", "92.300", 92300, "measure", "tấn",
      change=chg("increase", 11.2, "%", "năm 2022"), subject="đậu xanh Việt Nam nhập khẩu", period=Y23b),
    F("trị giá 98,6 triệu", "98,6", 98.6e6, "money", "USD", subject="trị giá đậu xanh nhập khẩu", period=Y23b),
    F("với 61.200 tấn", "61.200", 61200, "measure", "tấn", percent=66.3,
      subject="lượng đậu xanh nhập khẩu từ Myanmar", period=inh(Y23b)),
    F("Trung Quốc 14.500 tấn", "14.500", 14500, "measure", "tấn", subject=IMP, period=inh(Y23b)),
    F("Australia 9.800 tấn", "9.800", 9800, "measure", "tấn", subject=IMP, period=inh(Y23b)),
    F("khoảng 1.068 USD/tấn", "1.068", 1068, "money", "USD/tấn", approx="about",
      subject="giá nhập khẩu bình quân", period=inh(Y23b)),
    F("đạt 70.000 ha", "70.000", 70000, "measure", "ha", status="target",
      subject="diện tích đậu xanh cả nước", period=TO30),
    F("từ 15 tạ/ha trở lên", "15", 15, "measure", "tạ/ha", approx="at_least", status="target",
      subject="năng suất", period=TO30),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ đáp ứng nhu cầu trong nước", period=TO30),
    F("Hiện 3 giống", "3", 3, "count", "giống", subject="giống đậu xanh", optional=True),
    F("trên 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng diện tích gieo trồng của 3 giống đậu xanh"),
    F("với 12 tỉnh", "12", 12, "count", "tỉnh", status="forecast",
      subject="tỉnh Cục Trồng trọt phối hợp xây dựng mô hình trình diễn", period=Y24),
    F("25 mô hình", "25", 25, "count", "mô hình", status="forecast", subject="mô hình trình diễn", period=Y24),
    F("từ 5 ha trở lên", "5", 5, "measure", "ha/mô hình", approx="at_least", status="forecast",
      subject="diện tích mỗi mô hình", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 08:30 | Cục Trồng trọt', related links, footer with address and licence number.",
    "Distractors: 08:30, varieties ĐX208 / ĐXVN7 / ĐX16, 'Số 2 Ngọc Hà', 'Giấy phép số 82/GP-TTĐT', 'năm 2023' and 'Hè Thu 2024' in link titles.",
    "National figures -> Việt Nam; the 'lần lượt' list of provinces -> each province as location, subject = the list's indicator.",
    "Myanmar / Trung Quốc / Australia are trade partners, not places of the figure: location stays Việt Nam; no total (no cue before the list).",
    "'nhập khẩu 92.300 tấn ..., trị giá 98,6 triệu USD, tăng 11,2% về lượng' -> the change belongs to the quantity ('về lượng'), not to the USD value.",
    "'từ 15 tạ/ha trở lên', 'từ 5 ha trở lên' -> at_least ('trở lên' = or more). 'ước khoảng' -> estimate + about.",
    "'Hiện 3 giống đậu xanh ĐX208, ĐXVN7 và ĐX16 chiếm trên 70%': the 3 only counts the named group whose share follows -> optional; 70% is a percent figure.",
    "'mục tiêu đến năm 2030' governs the whole sentence (three targets). 'Năm 2024, ... dự kiến' -> forecast for 12 tỉnh, 25 mô hình, 5 ha.",
]

if __name__ == "__main__":
    write("p1352-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
