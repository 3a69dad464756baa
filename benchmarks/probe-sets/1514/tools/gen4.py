"""p1514-4: ministry site (Bộ Công Thương): national ceramic exports 2023, markets, structure, 2024 forecast, 2030 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu sản phẩm gốm sứ năm 2023 giảm 7,8%

20/02/2024 | 09:30 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu sản phẩm gốm sứ của Việt Nam đạt 592,3 triệu USD, giảm 7,8% so với năm 2022. Riêng tháng 12/2023, kim ngạch đạt 55,1 triệu USD, tăng 12,4% so với tháng trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 168,5 triệu USD, chiếm 28,4% tổng kim ngạch; tiếp theo là Nhật Bản 102,7 triệu USD, Hàn Quốc 41,9 triệu USD và Đài Loan (Trung Quốc) 33,6 triệu USD. Xuất khẩu sang thị trường EU giảm mạnh, chỉ đạt khoảng 74 triệu USD.

Trong cơ cấu hàng xuất khẩu, bát đĩa và đồ dùng nhà bếp bằng sứ chiếm khoảng 46%, đồ gốm mỹ nghệ trang trí chiếm 31%, còn lại là sứ vệ sinh và các sản phẩm khác. Cả nước hiện có trên 2.000 doanh nghiệp và cơ sở sản xuất gốm sứ, tập trung tại Bình Dương, Đồng Nai, Hà Nội, Hải Dương, Quảng Ninh và Vĩnh Long; trong đó Bình Dương đứng thứ nhất về kim ngạch xuất khẩu.

Năm 2024, xuất khẩu gốm sứ dự kiến phục hồi, đạt khoảng 640-650 triệu USD. Mục tiêu đến năm 2030, kim ngạch xuất khẩu gốm sứ đạt 1 tỷ USD, trong đó sản phẩm sứ gia dụng chiếm ít nhất 50%. Bộ Công Thương dự kiến tổ chức 3 đoàn xúc tiến thương mại ngành gốm sứ tại Nhật Bản và EU trong năm nay.

Địa chỉ: Số 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2108
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giảm 7,8%\n", "7,8", 7.8, "percent", "%", subject="xuất khẩu sản phẩm gốm sứ", period=Y23H),
    fig("đạt 592,3 triệu", "592,3", 592.3e6, "money", "USD",
        change=chg("decrease", 7.8, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu sản phẩm gốm sứ của Việt Nam", period=Y23),
    fig("đạt 55,1 triệu", "55,1", 55.1e6, "money", "USD",
        change=chg("increase", 12.4, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu sản phẩm gốm sứ", period=M12),
    fig("với 168,5 triệu", "168,5", 168.5e6, "money", "USD", percent=28.4,
        subject="kim ngạch xuất khẩu gốm sứ sang thị trường Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 102,7 triệu", "102,7", 102.7e6, "money", "USD",
        subject="kim ngạch xuất khẩu gốm sứ sang Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 41,9 triệu", "41,9", 41.9e6, "money", "USD",
        subject="kim ngạch xuất khẩu gốm sứ sang Hàn Quốc", period=inh(Y23)),
    fig("(Trung Quốc) 33,6 triệu", "33,6", 33.6e6, "money", "USD",
        subject="kim ngạch xuất khẩu gốm sứ sang Đài Loan (Trung Quốc)", period=inh(Y23)),
    fig("khoảng 74 triệu", "74", 74e6, "money", "USD", approx="about",
        subject="xuất khẩu gốm sứ sang thị trường EU", period=inh(Y23)),
    fig("chiếm khoảng 46%", "46", 46, "percent", "%", approx="about",
        subject="tỷ trọng bát đĩa và đồ dùng nhà bếp bằng sứ trong cơ cấu hàng xuất khẩu", period=inh(Y23)),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="tỷ trọng đồ gốm mỹ nghệ trang trí trong cơ cấu hàng xuất khẩu", period=inh(Y23)),
    fig("trên 2.000 doanh nghiệp", "2.000", 2000, "count", "doanh nghiệp và cơ sở", approx="over",
        subject="doanh nghiệp và cơ sở sản xuất gốm sứ"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="kim ngạch xuất khẩu gốm sứ", location="Bình Dương"),
    fig("khoảng 640-650 triệu", "640", 640e6, "money", "USD", value_max=650e6, approx="about",
        status="forecast", subject="xuất khẩu gốm sứ", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gốm sứ", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng sản phẩm sứ gia dụng trong kim ngạch xuất khẩu gốm sứ", period=T30),
    fig("tổ chức 3 đoàn", "3", 3, "count", "đoàn", status="forecast",
        subject="đoàn xúc tiến thương mại ngành gốm sứ tại Nhật Bản và EU", period=NOW),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/02/2024 | 09:30 | Cục Xuất nhập khẩu', address and phone footer.",
    "Distractors: 09:30, 'Số 54 Hai Bà Trưng', 024.2220.2108, the periods 'năm 2022', 'tháng 12/2023', 'đến năm 2030'.",
    "National figures → Việt Nam. Markets (Hoa Kỳ, Nhật Bản, …) are trade partners, not places of the figure: they go into the subject.",
    "Headline 'giảm 7,8%' is a growth rate as the claim: percent figure (value as written), no change; in the body the same 7,8% is a change.",
    "'chiếm 28,4% tổng kim ngạch' after 168,5 triệu USD → percent attribute. List items share the indicator 'kim ngạch xuất khẩu'.",
    "Second and third paragraphs have no period phrase of their own: 'năm 2023' is inherited (not scored). 'hiện' figures get no period.",
    "'trong đó Bình Dương đứng thứ nhất về kim ngạch xuất khẩu' → rank 1 of Bình Dương (location Bình Dương; borderline: it follows a national list).",
    "'dự kiến ... đạt khoảng 640-650 triệu USD' → forecast, about, range. 'Mục tiêu đến năm 2030' → target, start null; 'trong đó ... chiếm ít nhất",
    "50%' continues the target clause (percent figure of its own). 'trong năm nay' → 2024 (published year).",
]

if __name__ == "__main__":
    write("p1514-4", TEXT, NOTES, FIGS, published="2024-02-20", location="Việt Nam")
