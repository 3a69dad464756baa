"""p1530-3: ministry site (Bộ Công Thương, Cục Phòng vệ thương mại): imports of thin aluminium foil, domestic capacity, PE film exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Bộ

Nhập khẩu nhôm lá mỏng dùng bao gói thực phẩm tăng mạnh

28/08/2024 | 16:10 | Cục Phòng vệ thương mại

Theo số liệu của Cục Phòng vệ thương mại, 7 tháng đầu năm 2024, Việt Nam nhập khẩu khoảng 41,6 nghìn tấn nhôm lá mỏng (giấy bạc) dùng cho bao gói thực phẩm, dược phẩm, trị giá 148,5 triệu USD, tăng 27,4% về lượng và 19,8% về trị giá so với cùng kỳ năm 2023. Trung Quốc là nguồn cung lớn nhất với 35.900 tấn, chiếm 86,3% tổng lượng nhập khẩu; tiếp đến là Hàn Quốc 2.700 tấn và Thái Lan 1.450 tấn.

Trong khi đó, năng lực sản xuất nhôm lá mỏng trong nước mới đạt khoảng 60.000 tấn/năm. Cả nước hiện có 5 doanh nghiệp cán nhôm lá mỏng, trong đó 2 doanh nghiệp có vốn đầu tư nước ngoài. Sản xuất trong nước mới đáp ứng chưa đến 40% nhu cầu của các doanh nghiệp chế biến thực phẩm và sản xuất bao bì.

Giá nhập khẩu bình quân từ Trung Quốc trong 7 tháng chỉ khoảng 3.350 USD/tấn, thấp hơn 12% so với giá bán của các nhà sản xuất trong nước. Ngày 15/8/2024, Cục đã nhận hồ sơ yêu cầu áp dụng biện pháp chống bán phá giá do 3 doanh nghiệp nộp theo Luật Quản lý ngoại thương số 05/2017/QH14; sản lượng của các doanh nghiệp này chiếm hơn 70% tổng sản lượng trong nước.

Ở chiều ngược lại, xuất khẩu màng bọc thực phẩm PE 7 tháng đạt 286 triệu USD, tăng 9,5%; Nhật Bản (31%) và Hoa Kỳ (18%) là hai thị trường lớn nhất.

Tin cùng chuyên mục:
- Hội nghị phổ biến Nghị định số 10/2018/NĐ-CP
- Thông báo về vụ việc AD20

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

M7F = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7 = per("7 tháng", "2024-01-01", "2024-07-31")

FIGS = [
    fig("khoảng 41,6 nghìn tấn", "41,6", 41600, "measure", "tấn", approx="about",
        change=chg("increase", 27.4, "%", "cùng kỳ năm 2023"),
        subject="nhôm lá mỏng (giấy bạc) nhập khẩu", period=M7F),
    fig("trị giá 148,5 triệu", "148,5", 148.5e6, "money", "USD",
        change=chg("increase", 19.8, "%", "cùng kỳ năm 2023"),
        subject="trị giá nhập khẩu nhôm lá mỏng", period=M7F),
    fig("với 35.900 tấn", "35.900", 35900, "measure", "tấn", percent=86.3,
        subject="nhôm lá mỏng nhập khẩu từ Trung Quốc", period=inh(M7F)),
    fig("Hàn Quốc 2.700 tấn", "2.700", 2700, "measure", "tấn",
        subject="nhôm lá mỏng nhập khẩu từ Hàn Quốc", period=inh(M7F)),
    fig("Thái Lan 1.450 tấn", "1.450", 1450, "measure", "tấn",
        subject="nhôm lá mỏng nhập khẩu từ Thái Lan", period=inh(M7F)),
    fig("khoảng 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", approx="about",
        subject="năng lực sản xuất nhôm lá mỏng trong nước"),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp cán nhôm lá mỏng"),
    fig("trong đó 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=5,
        subject="doanh nghiệp cán nhôm lá mỏng có vốn đầu tư nước ngoài"),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="tỷ lệ nhu cầu của các doanh nghiệp chế biến thực phẩm và sản xuất bao bì được sản xuất trong nước đáp ứng"),
    fig("khoảng 3.350 USD/tấn", "3.350", 3350, "money", "USD/tấn", approx="about",
        change=chg("decrease", 12, "%", "giá bán của các nhà sản xuất trong nước"),
        subject="giá nhập khẩu bình quân nhôm lá mỏng từ Trung Quốc", period=M7),
    fig("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp nộp hồ sơ yêu cầu áp dụng biện pháp chống bán phá giá"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ trọng sản lượng của các doanh nghiệp này trong tổng sản lượng trong nước"),
    fig("đạt 286 triệu", "286", 286e6, "money", "USD", change=chg("increase", 9.5, "%"),
        subject="xuất khẩu màng bọc thực phẩm PE", period=M7),
    fig("Nhật Bản (31%)", "31", 31, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong xuất khẩu màng bọc thực phẩm PE", period=M7),
    fig("Hoa Kỳ (18%)", "18", 18, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong xuất khẩu màng bọc thực phẩm PE", period=M7),
    fig("là hai thị trường", "hai", 2, "count", "thị trường", optional=True,
        subject="thị trường lớn nhất của màng bọc thực phẩm PE"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '28/08/2024 | 16:10 | Cục Phòng vệ thương mại', related links, address footer.",
    "National figures: location Việt Nam throughout; Trung Quốc, Hàn Quốc, Thái Lan, Nhật Bản, Hoa Kỳ are trade partners (subject, not location).",
    "Distractors: 16:10, 'Ngày 15/8/2024', 'Luật ... số 05/2017/QH14', 'Nghị định số 10/2018/NĐ-CP', case code 'AD20', '54 Hai Bà Trưng'.",
    "'41,6 nghìn tấn' = 41 600 tấn. 'tăng 27,4% về lượng và 19,8% về trị giá' gives each amount its own change (lượng → tấn, trị giá → USD).",
    "'chiếm 86,3% tổng lượng nhập khẩu' is the percent attribute of 35.900 tấn. The list items inherit '7 tháng đầu năm 2024' (other sentence).",
    "'chưa đến 40%' and 'hơn 70%' stand as their own sentences/clauses: percent figures. 'thấp hơn 12% so với giá bán ...' is a change (decrease).",
    "'Nhật Bản (31%)' and 'Hoa Kỳ (18%)' are shares of the 286 triệu USD stated as their own figures (a list, each with the partner in the subject).",
    "Optional: 'hai thị trường' restates the two named markets (a count of the list, not a statistic).",
    "No period is given to the standing capacity, the firm counts or the petition (a one-day event on 15/8/2024).",
]

if __name__ == "__main__":
    write("p1530-3", TEXT, NOTES, FIGS, published="2024-08-28", location="Việt Nam")
