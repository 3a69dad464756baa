"""p1441-4: ministry site (Bộ Công Thương): bánh pía and durian cakes of the Mekong delta, exports, durian supply."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp địa phương

Bánh pía, bánh sầu riêng vùng Đồng bằng sông Cửu Long vươn ra thị trường quốc tế

02/10/2024 | 15:10 | Cục Công Thương địa phương

Theo số liệu tổng hợp của Cục Công Thương địa phương, tính đến tháng 8/2024, các tỉnh, thành phố vùng Đồng bằng sông Cửu Long có khoảng 640 cơ sở sản xuất bánh pía và bánh nhân sầu riêng, sử dụng hơn 11.000 lao động. Trong đó, Sóc Trăng dẫn đầu với 126 cơ sở, tiếp đến là Cần Thơ 74 cơ sở, Tiền Giang 61 cơ sở và Bến Tre 45 cơ sở.

8 tháng đầu năm 2024, kim ngạch xuất khẩu bánh pía, bánh trung thu và bánh nhân sầu riêng của cả nước ước đạt 46,8 triệu USD, tăng 21,5% so với cùng kỳ năm 2023. Các thị trường nhập khẩu lớn lần lượt là Hoa Kỳ (12,4 triệu USD), Úc (7,9 triệu USD) và Đài Loan (Trung Quốc) (5,2 triệu USD).

Nguồn nguyên liệu sầu riêng dồi dào là lợi thế lớn của vùng. Năm 2023, diện tích sầu riêng toàn vùng đạt khoảng 76.000 ha, sản lượng hơn 780.000 tấn; riêng tỉnh Tiền Giang có khoảng 21.500 ha. Hiện giá sầu riêng Ri6 loại 1 tại vườn khoảng 65.000-75.000 đồng/kg, giảm gần 30% so với đầu năm, giúp các cơ sở giảm chi phí nguyên liệu.

Cục Công Thương địa phương đề xuất mục tiêu đến năm 2030 kim ngạch xuất khẩu bánh chế biến từ trái cây của vùng đạt 120 triệu USD, trong đó có ít nhất 20 thương hiệu bánh pía đạt chuẩn xuất khẩu. Năm 2025, Bộ dự kiến hỗ trợ khoảng 15 tỷ đồng từ kinh phí khuyến công quốc gia cho các đề án đổi mới thiết bị, xây dựng mô hình trình diễn kỹ thuật trong sản xuất bánh truyền thống tại các tỉnh trong vùng.

Tin cùng chuyên mục:
- Hội nghị Khuyến công toàn quốc năm 2024
- Thông tư số 28/2018/TT-BCT hướng dẫn Nghị định số 45/2012/NĐ-CP về khuyến công

BỘ CÔNG THƯƠNG - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

AS_OF = per("tính đến tháng 8/2024", None, "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"
R = "Đồng bằng sông Cửu Long"
SUBJ_CS = "cơ sở sản xuất bánh pía và bánh nhân sầu riêng"
SUBJ_TT = "kim ngạch xuất khẩu sang các thị trường nhập khẩu lớn"

FIGS = [
    fig("khoảng 640 cơ sở", "640", 640, "count", "cơ sở", approx="about",
        subject=SUBJ_CS, period=AS_OF, location=R),
    fig("hơn 11.000 lao động", "11.000", 11000, "count", "lao động", approx="over",
        subject="lao động các cơ sở sử dụng", period=AS_OF, location=R),
    fig("với 126 cơ sở", "126", 126, "count", "cơ sở", total=640, subject=SUBJ_CS,
        period=inh(AS_OF), location="Sóc Trăng"),
    fig("Cần Thơ 74", "74", 74, "count", "cơ sở", total=640, subject=SUBJ_CS,
        period=inh(AS_OF), location="Cần Thơ"),
    fig("Tiền Giang 61", "61", 61, "count", "cơ sở", total=640, subject=SUBJ_CS,
        period=inh(AS_OF), location="Tiền Giang"),
    fig("Bến Tre 45", "45", 45, "count", "cơ sở", total=640, subject=SUBJ_CS,
        period=inh(AS_OF), location="Bến Tre"),
    fig("ước đạt 46,8 triệu", "46,8", 46.8e6, "money", "USD", status="estimate",
        change=chg("increase", 21.5, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu bánh pía, bánh trung thu và bánh nhân sầu riêng", period=M8, location=VN),
    fig("(12,4 triệu", "12,4", 12.4e6, "money", "USD", subject=f"{SUBJ_TT} Hoa Kỳ", period=inh(M8), location=VN),
    fig("(7,9 triệu", "7,9", 7.9e6, "money", "USD", subject=f"{SUBJ_TT} Úc", period=inh(M8), location=VN),
    fig("(5,2 triệu", "5,2", 5.2e6, "money", "USD", subject=f"{SUBJ_TT} Đài Loan (Trung Quốc)",
        period=inh(M8), location=VN),
    fig("khoảng 76.000 ha", "76.000", 76000, "measure", "ha", approx="about",
        subject="diện tích sầu riêng toàn vùng", period=Y23, location=R),
    fig("hơn 780.000 tấn", "780.000", 780000, "measure", "tấn", approx="over",
        subject="sản lượng sầu riêng", period=Y23, location=R),
    fig("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", approx="about",
        subject="diện tích sầu riêng", period=Y23, location="Tiền Giang"),
    fig("khoảng 65.000-75.000", "65.000", 65000, "money", "đồng/kg", value_max=75000, approx="about",
        change=chg("decrease", 30, "%", "đầu năm", approx="nearly"),
        subject="giá sầu riêng Ri6 loại 1 tại vườn", location=R),
    fig("đạt 120 triệu", "120", 120e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu bánh chế biến từ trái cây của vùng", period=T30, location=R),
    fig("ít nhất 20 thương hiệu", "20", 20, "count", "thương hiệu", approx="at_least", status="target",
        subject="thương hiệu bánh pía đạt chuẩn xuất khẩu", period=T30, location=R),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí khuyến công quốc gia hỗ trợ các đề án", period=Y25, location=R),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '02/10/2024 | 15:10 | Cục Công Thương địa phương', related links, address footer.",
    "Distractors: 15:10, 'Ri6' (a variety), 'loại 1' (a grade), Thông tư số 28/2018/TT-BCT, Nghị định số 45/2012/NĐ-CP, '54 Hai Bà Trưng',",
    "'năm 2024' in a link title.",
    "Location: figures of the whole Mekong delta ('các tỉnh, thành phố vùng ĐBSCL', 'toàn vùng', 'của vùng') are given the region's name;",
    "FIGURES.md names only provinces, cities, districts and Việt Nam, so this is an annotation choice (see REPORT). National export figures",
    "('của cả nước') and the market list are Việt Nam (trade partners are not places of the figure). Province list items take their province.",
    "The province list after 'Trong đó' counts the same cơ sở as the whole: total 640; period inherited from 'tính đến tháng 8/2024'.",
    "'sản lượng hơn 780.000 tấn' continues 'Năm 2023, ... toàn vùng'; 'riêng tỉnh Tiền Giang có khoảng 21.500 ha': no part-of cue, no total.",
    "The durian price is a standing price ('Hiện'), no period; 'giảm gần 30% so với đầu năm' → change (approx nearly).",
    "'mục tiêu đến năm 2030' governs both clauses (targets); '(ít nhất 20 thương hiệu)' after 'trong đó' counts brands, not USD: no total.",
    "'Bộ dự kiến hỗ trợ khoảng 15 tỷ đồng' → forecast, period Năm 2025.",
]

if __name__ == "__main__":
    write("p1441-4", TEXT, NOTES, FIGS, published="2024-10-02", location="Việt Nam")
