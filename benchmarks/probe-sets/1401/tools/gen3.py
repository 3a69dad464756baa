"""p1401-3: ministry site (Bộ GD&ĐT): Vietnamese citizens studying abroad, state-funded study, scholarships, consulting firms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Hợp tác quốc tế

Gần 200 nghìn công dân Việt Nam đang học tập ở nước ngoài

14/08/2024 | 10:15 | Cục Hợp tác quốc tế

(MOET) - Theo Cục Hợp tác quốc tế, hiện có khoảng 196.000 công dân Việt Nam đang học tập ở nước ngoài, trong đó khoảng 90% theo diện tự túc kinh phí. Các nước có đông du học sinh Việt Nam nhất là Nhật Bản (hơn 55.000 người), Hàn Quốc (khoảng 43.000 người), Úc (hơn 32.000 người) và Hoa Kỳ (31.000 người).

Năm 2023, ngân sách nhà nước cử 1.250 người đi học tập ở nước ngoài theo các hiệp định và đề án, tăng 8,2% so với năm 2022, đạt 89,3% chỉ tiêu được giao (1.400 chỉ tiêu). Trong đó, 612 người học trình độ tiến sĩ, 389 người học thạc sĩ và 249 người học đại học.

Cũng trong năm 2023, có 3.426 lượt du học sinh nhận học bổng toàn phần hoặc bán phần của chính phủ, tổ chức và trường đại học nước ngoài, với tổng giá trị ước tính khoảng 120 triệu USD. Mỗi năm, du học sinh Việt Nam chi khoảng 3-4 tỷ USD cho học phí và sinh hoạt phí.

Tính đến ngày 30/6/2024, cả nước có 1.127 tổ chức kinh doanh dịch vụ tư vấn du học, trong đó Hà Nội có 412 tổ chức, TP Hồ Chí Minh có 356 tổ chức. Sáu tháng đầu năm 2024, các cơ quan chức năng đã thu hồi giấy chứng nhận của 17 tổ chức vi phạm quy định tại Nghị định số 86/2021/NĐ-CP.

Theo Kế hoạch 1208 của Bộ, đến năm 2030 phấn đấu thu hút 100.000 sinh viên quốc tế đến học tập tại Việt Nam, gấp khoảng 4 lần hiện nay.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3869.4795
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
DHS = "du học sinh Việt Nam"

FIGS = [
    fig("Gần 200 nghìn", "200", 200000, "count", "công dân", approx="nearly",
        subject="công dân Việt Nam đang học tập ở nước ngoài"),
    fig("khoảng 196.000 công dân", "196.000", 196000, "count", "công dân", approx="about",
        subject="công dân Việt Nam đang học tập ở nước ngoài"),
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="công dân học tập ở nước ngoài theo diện tự túc kinh phí"),
    fig("(hơn 55.000 người)", "55.000", 55000, "count", "người", approx="over",
        subject=f"{DHS} tại Nhật Bản"),
    fig("(khoảng 43.000 người)", "43.000", 43000, "count", "người", approx="about",
        subject=f"{DHS} tại Hàn Quốc"),
    fig("(hơn 32.000 người)", "32.000", 32000, "count", "người", approx="over",
        subject=f"{DHS} tại Úc"),
    fig("(31.000 người)", "31.000", 31000, "count", "người",
        subject=f"{DHS} tại Hoa Kỳ"),
    fig("cử 1.250 người", "1.250", 1250, "count", "người",
        change=chg("increase", 8.2, "%", "năm 2022"), percent=89.3, target=tgt(1400, "người"),
        subject="người được ngân sách nhà nước cử đi học tập ở nước ngoài theo các hiệp định và đề án",
        period=Y23),
    fig("612 người", "612", 612, "count", "người", total=1250,
        subject="người học trình độ tiến sĩ", period=inh(Y23)),
    fig("389 người", "389", 389, "count", "người", total=1250,
        subject="người học thạc sĩ", period=inh(Y23)),
    fig("249 người", "249", 249, "count", "người", total=1250,
        subject="người học đại học", period=inh(Y23)),
    fig("có 3.426 lượt", "3.426", 3426, "count", "lượt du học sinh",
        subject="lượt du học sinh nhận học bổng toàn phần hoặc bán phần", period=Y23b),
    fig("khoảng 120 triệu USD", "120", 120e6, "money", "USD", approx="about", status="estimate",
        subject="tổng giá trị học bổng", period=Y23b),
    fig("khoảng 3-4 tỷ", "3", 3e9, "money", "USD/năm", value_max=4e9, approx="about",
        subject="chi phí du học sinh Việt Nam chi cho học phí và sinh hoạt phí"),
    fig("có 1.127 tổ chức", "1.127", 1127, "count", "tổ chức",
        subject="tổ chức kinh doanh dịch vụ tư vấn du học", period=ASOF),
    fig("có 412 tổ chức", "412", 412, "count", "tổ chức", total=1127,
        subject="tổ chức kinh doanh dịch vụ tư vấn du học", period=ASOF, location="Hà Nội"),
    fig("có 356 tổ chức", "356", 356, "count", "tổ chức", total=1127,
        subject="tổ chức kinh doanh dịch vụ tư vấn du học", period=ASOF, location="TP Hồ Chí Minh"),
    fig("của 17 tổ chức", "17", 17, "count", "tổ chức",
        subject="tổ chức bị thu hồi giấy chứng nhận", period=H1),
    fig("thu hút 100.000 sinh viên", "100.000", 100000, "count", "sinh viên quốc tế", status="target",
        change=chg("increase", 4, "lần", "hiện nay", approx="about"),
        subject="sinh viên quốc tế đến học tập tại Việt Nam", period=T30),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, '14/08/2024 | 10:15 | Cục Hợp tác quốc tế', tag '(MOET) -', address footer.",
    "Distractors: 10:15, 'Nghị định số 86/2021/NĐ-CP', 'Kế hoạch 1208', '35 Đại Cồ Việt', phone 024.3869.4795, 'Hà Nội' in the footer.",
    "National figures: location Việt Nam. Destination countries are partners, not places: they go to the subject (spec: trade partner rule).",
    "Headline 'Gần 200 nghìn' = nearly 200000 (nghìn multiplier). 'trong đó khoảng 90% …' is a percent figure of its own.",
    "'đạt 89,3% chỉ tiêu được giao (1.400 chỉ tiêu)' → percent 89.3 and target 1400 (the bracketed plan belongs to 1.250).",
    "'Trong đó' parts after a sentence break: total 1.250, period inherited. Hà Nội / TP HCM parts of the national 1.127: location the city.",
    "'gấp khoảng 4 lần hiện nay' after a target count: change (increase 4 lần, about). 'Mỗi năm … 3-4 tỷ USD' → USD/năm.",
]

if __name__ == "__main__":
    write("p1401-3", TEXT, NOTES, FIGS, published="2024-08-14", location="Việt Nam")
