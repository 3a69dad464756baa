"""p1208-1: Nghệ An province portal, housing support for people with meritorious service to 15/7/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Hơn 1.500 hộ người có công được hỗ trợ nhà ở

Cập nhật: 22/07/2024 14:20 | Lượt xem: 2.318

Tính đến ngày 15/7/2024, toàn tỉnh Nghệ An đã hỗ trợ 1.536 hộ người có công với cách mạng và thân nhân liệt sĩ xây mới, sửa chữa nhà ở, đạt 81,4% kế hoạch năm, tăng 312 hộ so với cùng kỳ năm 2023. Trong đó, xây mới 648 nhà, sửa chữa 888 nhà. Tổng kinh phí thực hiện hơn 61,3 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 42,7 tỷ đồng, phần còn lại từ ngân sách địa phương và nguồn xã hội hóa.

Theo Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ, mức hỗ trợ là 60 triệu đồng/hộ đối với nhà xây mới và 30 triệu đồng/hộ đối với nhà sửa chữa. Các huyện có số hộ được hỗ trợ nhiều là Thanh Chương, Đô Lương và Yên Thành với lần lượt 142, 127 và 118 hộ.

Tại xã Thanh Hà (huyện Thanh Chương), gia đình bà Nguyễn Thị Lam, vợ liệt sĩ hy sinh năm 1972, vừa được bàn giao ngôi nhà cấp 4 rộng 65 m2. Ngôi nhà có tổng trị giá khoảng 185 triệu đồng; ngoài 60 triệu đồng từ ngân sách, Ủy ban MTTQ huyện hỗ trợ thêm 40 triệu đồng, con cháu và dòng họ góp phần còn lại cùng hơn 200 ngày công.

Ông Trần Văn Hùng, Phó Giám đốc Sở LĐ-TB&XH cho biết, hiện còn 47 hộ ở hai huyện miền núi Kỳ Sơn, Tương Dương chưa khởi công do vướng mặt bằng và giá vật liệu tăng từ 10 đến 15%. Tỉnh phấn đấu đến ngày 30/9/2024 hoàn thành 100% kế hoạch (1.887 hộ); dự kiến trong quý III giải ngân thêm khoảng 17 tỷ đồng.
"""

ASOF = P("Tính đến ngày 15/7/2024", None, "2024-07-15")
BY30 = P("đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")
HOUSES = "hộ người có công được hỗ trợ nhà ở"
TC = "Thanh Chương"

FIGS = [
    F("Hơn 1.500 hộ", "1.500", 1500, "count", "hộ", approx="over", subject=HOUSES),
    F("hỗ trợ 1.536 hộ", "1.536", 1536, "count", "hộ", percent=81.4,
      change=C("increase", 312, "hộ", "cùng kỳ năm 2023"),
      subject="hộ người có công với cách mạng và thân nhân liệt sĩ được hỗ trợ xây mới, sửa chữa nhà ở",
      period=ASOF),
    F("xây mới 648 nhà", "648", 648, "count", "nhà", total=1536, subject="nhà xây mới", period=I(ASOF)),
    F("sửa chữa 888 nhà", "888", 888, "count", "nhà", total=1536, subject="nhà sửa chữa", period=I(ASOF)),
    F("hơn 61,3 tỷ", "61,3", 61300000000, "money", "đồng", approx="over",
      subject="tổng kinh phí thực hiện hỗ trợ nhà ở", period=I(ASOF)),
    F("hỗ trợ 42,7 tỷ", "42,7", 42700000000, "money", "đồng", total=61300000000,
      subject="kinh phí ngân sách trung ương hỗ trợ", period=I(ASOF)),
    F("là 60 triệu đồng/hộ", "60", 60000000, "money", "đồng/hộ", subject="mức hỗ trợ nhà xây mới"),
    F("và 30 triệu đồng/hộ", "30", 30000000, "money", "đồng/hộ", subject="mức hỗ trợ nhà sửa chữa"),
    F("lần lượt 142", "142", 142, "count", "hộ", subject="hộ được hỗ trợ nhà ở", period=I(ASOF),
      location="Thanh Chương"),
    F("142, 127", "127", 127, "count", "hộ", subject="hộ được hỗ trợ nhà ở", period=I(ASOF),
      location="Đô Lương"),
    F("và 118 hộ", "118", 118, "count", "hộ", subject="hộ được hỗ trợ nhà ở", period=I(ASOF),
      location="Yên Thành"),
    F("rộng 65 m2", "65", 65, "measure", "m2", subject="diện tích ngôi nhà cấp 4 bàn giao cho gia đình bà Nguyễn Thị Lam",
      location=TC),
    F("khoảng 185 triệu", "185", 185000000, "money", "đồng", approx="about",
      subject="tổng trị giá ngôi nhà", location=TC),
    F("ngoài 60 triệu", "60", 60000000, "money", "đồng", subject="kinh phí hỗ trợ từ ngân sách", location=TC),
    F("thêm 40 triệu", "40", 40000000, "money", "đồng", subject="Ủy ban MTTQ huyện hỗ trợ thêm", location=TC),
    F("hơn 200 ngày công", "200", 200, "count", "ngày công", approx="over",
      subject="ngày công con cháu và dòng họ góp", location=TC),
    F("còn 47 hộ", "47", 47, "count", "hộ", subject="hộ chưa khởi công"),
    F("hai huyện miền núi", "hai", 2, "count", "huyện", optional=True, subject="huyện miền núi có hộ chưa khởi công"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, subject="giá vật liệu tăng"),
    F("hoàn thành 100%", "100", 100, "percent", "%", status="target", target=T(1887, "hộ"),
      subject="tỷ lệ hoàn thành kế hoạch hỗ trợ nhà ở", period=BY30),
    F("(1.887 hộ)", "1.887", 1887, "count", "hộ", status="target", optional=True,
      subject="hộ người có công được hỗ trợ nhà ở theo kế hoạch", period=BY30),
    F("khoảng 17 tỷ", "17", 17000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí giải ngân thêm", period=Q3),
]

NOTES = [
    "Province portal (Nghệ An): housing support for people with meritorious service, as of 15/7/2024.",
    "Breadcrumb; 'Cập nhật: 22/07/2024 14:20 | Lượt xem: 2.318'. Distractors: time, view counter, Quyết định số 21/2024/QĐ-TTg,",
    "'hy sinh năm 1972', 'nhà cấp 4' (a grade of house, not a figure).",
    "648/888 follow 'Trong đó' after 1.536 hộ (houses = supported households): total 1536. 42,7 tỷ after 'trong đó': total 61,3 tỷ.",
    "'ngoài 60 triệu … thêm 40 triệu … phần còn lại' has no part cue: no total. 'hai huyện miền núi Kỳ Sơn, Tương Dương' optional.",
    "'giá vật liệu tăng từ 10 đến 15%' is a rate that is the claim: a percent figure without change.",
    "'hoàn thành 100% kế hoạch (1.887 hộ)': the bracket gives the plan → target attribute (1887 hộ) of the 100% figure;",
    "1.887 as a figure of its own is optional. 'quý III' takes 2024 from '30/9/2024' (not from 'năm 1972').",
    "revised after the first run: 1.887 hộ was a required target figure and 100% had no target (spec: a plan number",
    "written with 'kế hoạch' belongs to the figure measured against it, cf. '(chỉ tiêu năm 2022 đề ra là 50%)').",
    "Family passage in xã Thanh Hà, huyện Thanh Chương: location Thanh Chương for its figures.",
]

if __name__ == "__main__":
    write("p1208-1", TEXT, NOTES, FIGS, published="2024-07-22", location="Nghệ An")
