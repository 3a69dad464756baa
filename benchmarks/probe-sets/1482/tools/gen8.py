"""p1482-8: magazine (Tạp chí Công Thương): national exports of rope, cordage and nets in 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TẠP CHÍ CÔNG THƯƠNG
Kinh tế | Thị trường | Doanh nghiệp | Nghiên cứu - Trao đổi

Xuất khẩu dây thừng, dây chão: Cơ hội từ thị trường thủy sản toàn cầu

Ngày 28/02/2025 - 09:10

Theo số liệu của Tổng cục Hải quan, năm 2024 cả nước xuất khẩu 86,7 nghìn tấn dây thừng, dây chão, dây bện và lưới (mã HS 5607, 5608), trị giá 312,5 triệu USD, tăng 14,2% về lượng và tăng 17,6% về trị giá so với năm 2023.

Nhật Bản tiếp tục là thị trường lớn nhất với 78,4 triệu USD, chiếm 25,1% tổng trị giá; tiếp đến là Hoa Kỳ 61,2 triệu USD, Hàn Quốc 34,9 triệu USD và Australia 22,7 triệu USD. Giá xuất khẩu bình quân đạt 3.604 USD/tấn, tăng khoảng 3% so với năm trước.

Hiện cả nước có khoảng 1.500 cơ sở se dây, đan lưới, trong đó hơn 40 doanh nghiệp có dây chuyền xuất khẩu, tập trung ở Thái Bình, Nam Định, Bình Định. Chỉ khoảng 15% doanh nghiệp đạt các chứng nhận quốc tế như ISO 9001 hay chứng nhận sản phẩm thân thiện với biển.

Theo Hiệp hội Nghề cá Việt Nam, nhu cầu dây thừng, dây chão cho đội tàu khai thác trong nước khoảng 45.000-50.000 tấn/năm. Dự báo năm 2025, kim ngạch xuất khẩu nhóm hàng này đạt 340-350 triệu USD; mục tiêu đến năm 2030 đạt ít nhất 500 triệu USD, xếp thứ 5 thế giới.

ThS. Lê Minh Tâm - Trường Đại học Công nghiệp Hà Nội

Tạp chí Công Thương - Số 5, tháng 2/2025
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ_M = "trị giá xuất khẩu dây thừng, dây chão sang thị trường"

FIGS = [
    fig("xuất khẩu 86,7 nghìn", "86,7", 86700, "measure", "tấn", change=chg("increase", 14.2, "%", "năm 2023"),
        subject="dây thừng, dây chão, dây bện và lưới cả nước xuất khẩu", period=Y24),
    fig("trị giá 312,5 triệu", "312,5", 312.5e6, "money", "USD", change=chg("increase", 17.6, "%", "năm 2023"),
        subject="trị giá xuất khẩu dây thừng, dây chão, dây bện và lưới", period=Y24),
    fig("với 78,4 triệu", "78,4", 78.4e6, "money", "USD", percent=25.1,
        subject=SUBJ_M + " Nhật Bản", period=inh(Y24)),
    fig("Hoa Kỳ 61,2 triệu", "61,2", 61.2e6, "money", "USD", subject=SUBJ_M + " Hoa Kỳ", period=inh(Y24)),
    fig("Hàn Quốc 34,9 triệu", "34,9", 34.9e6, "money", "USD", subject=SUBJ_M + " Hàn Quốc", period=inh(Y24)),
    fig("Australia 22,7 triệu", "22,7", 22.7e6, "money", "USD", subject=SUBJ_M + " Australia", period=inh(Y24)),
    fig("đạt 3.604 USD/tấn", "3.604", 3604, "money", "USD/tấn",
        change=chg("increase", 3, "%", "năm trước", approx="about"),
        subject="giá xuất khẩu bình quân", period=inh(Y24)),
    fig("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", approx="about", subject="cơ sở se dây, đan lưới"),
    fig("hơn 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="over", total=1500,
        subject="doanh nghiệp có dây chuyền xuất khẩu"),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="doanh nghiệp đạt các chứng nhận quốc tế"),
    fig("khoảng 45.000-50.000", "45.000", 45000, "measure", "tấn/năm", value_max=50000, approx="about",
        subject="nhu cầu dây thừng, dây chão cho đội tàu khai thác trong nước"),
    fig("đạt 340-350 triệu", "340", 340e6, "money", "USD", value_max=350e6, status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng dây thừng, dây chão", period=Y25),
    fig("ít nhất 500 triệu", "500", 500e6, "money", "USD", approx="at_least", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng dây thừng, dây chão", period=T30),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", status="target",
        subject="kim ngạch xuất khẩu dây thừng, dây chão so với thế giới", period=T30),
]

NOTES = [
    "Magazine (Tạp chí Công Thương): menu, 'Ngày 28/02/2025 - 09:10', author line, issue line 'Số 5, tháng 2/2025'.",
    "Distractors: 'mã HS 5607, 5608', 'ISO 9001', 09:10, issue number and month, 'Hiệp hội Nghề cá Việt Nam'.",
    "National figures: location Việt Nam throughout. Trading partners (Nhật Bản, Hoa Kỳ, ...) are not places of the figures;",
    "Thái Bình, Nam Định, Bình Định named after a national count do not make it provincial.",
    "'86,7 nghìn tấn ..., trị giá 312,5 triệu USD, tăng 14,2% về lượng và tăng 17,6% về trị giá' → each change to its own figure.",
    "Market list shares one indicator (stated before it); the first item carries 'chiếm 25,1% tổng trị giá' (percent);",
    "the year stands in the previous sentence (inherited).",
    "'hơn 40 doanh nghiệp' after 'trong đó' follows 'khoảng 1.500 cơ sở' (doanh nghiệp are cơ sở): total 1500.",
    "'Dự báo năm 2025 ... 340-350 triệu USD' forecast; after ';' 'mục tiêu đến năm 2030 ... ít nhất 500 triệu USD, xếp thứ 5' target.",
]

if __name__ == "__main__":
    write("p1482-8", TEXT, NOTES, FIGS, published="2025-02-28", location="Việt Nam")
