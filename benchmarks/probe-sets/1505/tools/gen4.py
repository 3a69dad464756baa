"""p1505-4: ministry site (Bộ Công Thương): the national water-tank market, raw materials, exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Thị trường trong nước

Thị trường bồn chứa nước sôi động từ đầu mùa khô
20/03/2024 | 14:10 | Vụ Thị trường trong nước

Năm 2023, cả nước tiêu thụ khoảng 2,4 triệu bồn chứa nước các loại, trong đó bồn inox chiếm khoảng 58%, bồn nhựa chiếm 42%. Giá trị thị trường ước đạt 7.200 tỷ đồng, tăng 6,5% so với năm 2022.

Hiện cả nước có hơn 120 doanh nghiệp sản xuất bồn chứa nước, tập trung ở Hà Nội, Hưng Yên, Bắc Ninh, Bình Dương và Long An; 5 doanh nghiệp lớn nhất nắm giữ gần 65% thị phần.

Từ đầu năm đến nay, nắng nóng và xâm nhập mặn làm sức mua bồn nhựa, téc nước tăng mạnh. Tại Trà Vinh, lượng bồn bán ra trong quý I/2024 ước tăng 25-30% so với cùng kỳ.

Nguyên liệu chính là thép không gỉ và hạt nhựa HDPE, phần lớn phải nhập khẩu. Năm 2023, Việt Nam nhập khẩu khoảng 1,1 triệu tấn thép không gỉ, kim ngạch gần 2,6 tỷ USD. Giá thép không gỉ cuộn loại 304 trong tháng 2/2024 ở mức 52.000-55.000 đồng/kg, giảm khoảng 8% so với tháng 2/2023.

Xuất khẩu bồn chứa nước năm 2023 đạt 38,5 triệu USD, tăng 11,2%; lớn nhất là thị trường Campuchia với 14,2 triệu USD, tiếp đến là Lào 9,6 triệu USD và Philippines 5,1 triệu USD.

Bộ Công Thương đặt mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên liệu của ngành bồn chứa nước đạt ít nhất 40%.

Giấy phép số 67/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
F24 = per("tháng 2/2024", "2024-02-01", "2024-02-29")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu bồn chứa nước sang thị trường"

FIGS = [
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "bồn", approx="about",
        subject="bồn chứa nước các loại cả nước tiêu thụ", period=Y23),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about", subject="tỷ trọng bồn inox", period=Y23),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="tỷ trọng bồn nhựa", period=Y23),
    fig("ước đạt 7.200 tỷ", "7.200", 7200e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.5, "%", "năm 2022"), subject="giá trị thị trường", period=inh(Y23)),
    fig("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp sản xuất bồn chứa nước"),
    fig("5 doanh nghiệp lớn nhất", "5", 5, "count", "doanh nghiệp", optional=True),
    fig("gần 65%", "65", 65, "percent", "%", approx="nearly", subject="thị phần của 5 doanh nghiệp lớn nhất"),
    fig("ước tăng 25-30%", "25", 25, "percent", "%", value_max=30, status="estimate",
        subject="lượng bồn bán ra", period=Q1, location="Trà Vinh"),
    fig("khoảng 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", approx="about",
        subject="thép không gỉ Việt Nam nhập khẩu", period=Y23),
    fig("gần 2,6 tỷ USD", "2,6", 2.6e9, "money", "USD", approx="nearly",
        subject="kim ngạch nhập khẩu thép không gỉ", period=Y23),
    fig("mức 52.000-55.000", "52.000", 52000, "money", "đồng/kg", value_max=55000,
        change=chg("decrease", 8, "%", "tháng 2/2023", approx="about"), subject="giá thép không gỉ cuộn",
        period=F24),
    fig("đạt 38,5 triệu", "38,5", 38.5e6, "money", "USD", change=chg("increase", 11.2, "%"),
        subject="xuất khẩu bồn chứa nước", period=Y23b),
    fig("với 14,2 triệu", "14,2", 14.2e6, "money", "USD", subject=f"{EXP} Campuchia", period=Y23b),
    fig("Lào 9,6 triệu", "9,6", 9.6e6, "money", "USD", subject=f"{EXP} Lào", period=Y23b),
    fig("Philippines 5,1 triệu", "5,1", 5.1e6, "money", "USD", subject=f"{EXP} Philippines", period=Y23b),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu của ngành bồn chứa nước", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/03/2024 | 14:10 | Vụ Thị trường trong nước', licence footer.",
    "Distractors: '14:10', 'Giấy phép số 67/GP-TTĐT', 'thép ... loại 304', baselines 'năm 2022', 'tháng 2/2023'.",
    "National figures → Việt Nam; the provinces listed after 'hơn 120 doanh nghiệp' do not make it provincial.",
    "'Tại Trà Vinh, ... quý I/2024 ước tăng 25-30%': a growth rate that is the claim, range, estimate, location Trà Vinh.",
    "'trong đó bồn inox chiếm khoảng 58%, bồn nhựa chiếm 42%': percent figures of their own.",
    "'5 doanh nghiệp lớn nhất' names the group whose share follows: optional (as in the model set).",
    "Export list: Campuchia, Lào, Philippines are trade partners (location stays Việt Nam); no part-of cue, so no total.",
    "'tăng 11,2%' without a baseline: change with no baseline.",
]

if __name__ == "__main__":
    write("p1505-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
