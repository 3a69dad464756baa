"""p1436-5: provincial newspaper (Báo Bắc Giang, tag BGĐT): termite-proofing services, a firm in TP Bắc Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Đô thị

Dịch vụ phòng, chống mối: Nhu cầu tăng theo tốc độ đô thị hóa

Thứ Ba, 15/10/2024 - 08:12

(BGĐT) - Cùng với tốc độ đô thị hóa, nhu cầu xử lý mối, gián cho nhà ở tại TP Bắc Giang và các khu đô thị mới tăng nhanh. Nhiều cơ sở dịch vụ đã mở rộng quy mô, đầu tư thiết bị.

Công ty TNHH Kỹ thuật Côn trùng Hoàng Phát (phường Dĩnh Kế, TP Bắc Giang) thành lập năm 2017, hiện có 23 nhân viên, trong đó 15 kỹ thuật viên có chứng chỉ tập huấn. 9 tháng đầu năm nay, công ty thực hiện phòng mối cho 142 công trình nhà ở và nhà xưởng với tổng diện tích khoảng 68.000 m2; doanh thu đạt 4,3 tỷ đồng, tăng 27% so với cùng kỳ.

Theo giám đốc Lê Minh Khoa, chi phí phòng mối nền móng cho nhà xây mới hiện từ 30.000 đến 45.000 đồng/m2, xử lý mối cho nhà đang ở khoảng 2,5-4 triệu đồng một lần tùy diện tích. "Khoảng 70% khách hàng của chúng tôi là hộ gia đình, số còn lại là doanh nghiệp trong các khu công nghiệp Quang Châu, Vân Trung", ông Khoa cho biết.

Theo Sở Y tế, toàn tỉnh hiện có 21 cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng, gấp ba lần năm 2019, trong đó TP Bắc Giang 12 cơ sở. Năm 2023, các cơ sở phục vụ gần 6.900 hộ gia đình và 310 doanh nghiệp. Tỉnh phấn đấu đến năm 2025, trên 60% công trình nhà ở xây mới tại đô thị được xử lý phòng mối.

THU HƯƠNG

Từ khóa: diệt mối, côn trùng, đô thị
"""

M9 = per("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CITY = "TP Bắc Giang"

FIGS = [
    fig("có 23 nhân viên", "23", 23, "count", "nhân viên",
        subject="nhân viên Công ty TNHH Kỹ thuật Côn trùng Hoàng Phát", location=CITY),
    fig("15 kỹ thuật viên", "15", 15, "count", "kỹ thuật viên", total=23,
        subject="kỹ thuật viên có chứng chỉ tập huấn", location=CITY),
    fig("cho 142 công trình", "142", 142, "count", "công trình",
        subject="công trình nhà ở và nhà xưởng công ty phòng mối", period=M9, location=CITY),
    fig("khoảng 68.000 m2", "68.000", 68000, "measure", "m2", approx="about",
        subject="tổng diện tích công trình được phòng mối", period=M9, location=CITY),
    fig("đạt 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", change=chg("increase", 27, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=M9, location=CITY),
    fig("từ 30.000 đến 45.000", "30.000", 30000, "money", "đồng/m2", value_max=45000,
        subject="chi phí phòng mối nền móng cho nhà xây mới", location=CITY),
    fig("khoảng 2,5-4 triệu", "2,5", 2.5e6, "money", "đồng/lần", value_max=4e6, approx="about",
        subject="chi phí xử lý mối cho nhà đang ở", location=CITY),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="khách hàng của công ty là hộ gia đình", location=CITY),
    fig("có 21 cơ sở", "21", 21, "count", "cơ sở", change=chg("increase", 3, "lần", "năm 2019"),
        subject="cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng"),
    fig("Giang 12 cơ sở", "12", 12, "count", "cơ sở", total=21,
        subject="cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng", location=CITY),
    fig("gần 6.900 hộ", "6.900", 6900, "count", "hộ gia đình", approx="nearly",
        subject="hộ gia đình các cơ sở phục vụ", period=Y23),
    fig("và 310 doanh nghiệp", "310", 310, "count", "doanh nghiệp",
        subject="doanh nghiệp các cơ sở phục vụ", period=Y23),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", status="target",
        subject="công trình nhà ở xây mới tại đô thị được xử lý phòng mối", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Thứ Ba, 15/10/2024 - 08:12', sapo with tag '(BGĐT) -', byline THU HƯƠNG.",
    "Distractors: 08:12, 'thành lập năm 2017', 'năm 2019' as a change baseline only, keyword tags.",
    "The firm's figures are located in TP Bắc Giang (scored as 'Bắc Giang', same as the province default).",
    "'9 tháng đầu năm nay' takes the dateline year 2024. '15 kỹ thuật viên' after 'trong đó' takes total 23.",
    "'gấp ba lần năm 2019' after the 21 cơ sở is a change (3 lần), not a figure of its own.",
    "'gần' governs 6.900 only; '310 doanh nghiệp' is exact. 'khoảng 2,5-4 triệu đồng một lần' is a range in 'đồng/lần'.",
    "'phấn đấu đến năm 2025, trên 60%': target, over, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1436-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Giang")
