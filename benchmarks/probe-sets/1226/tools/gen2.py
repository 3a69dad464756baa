"""p1226-2: district portal (huyện Đức Hòa, Long An), a diaper factory in KCN Tân Đức."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Tin tức - Sự kiện | Kinh tế | Doanh nghiệp

Nhà máy tã giấy tại KCN Tân Đức cần tuyển thêm 350 lao động

Thứ Ba, 12/03/2024 - 14:05

Ngày 11/3, đoàn công tác của Ban Quản lý Khu kinh tế tỉnh Long An và UBND huyện Đức Hòa đã làm việc với Công ty TNHH Sản phẩm Giấy Hòa An (KCN Tân Đức, xã Đức Hòa Hạ).

Nhà máy có tổng vốn đầu tư 45 triệu USD, vận hành 6 dây chuyền tã giấy và 2 dây chuyền khăn giấy ướt, công suất thiết kế khoảng 600 triệu miếng tã/năm. Năm 2023, công ty sản xuất 412 triệu miếng tã, đạt 68,7% công suất; doanh thu đạt 1.150 tỷ đồng, tăng 9,2% so với năm 2022; nộp ngân sách hơn 38 tỷ đồng.

Hiện công ty có 1.240 lao động, trong đó 870 lao động nữ và 415 lao động là người địa phương. Thu nhập bình quân của công nhân 8,2 triệu đồng/người/tháng; công nhân làm ca đêm được hỗ trợ thêm 50.000 đồng/ca.

Trong quý II năm nay, công ty dự kiến đưa vào vận hành thêm hai dây chuyền tã quần, nâng công suất lên khoảng 750 triệu miếng/năm và cần tuyển thêm 350 lao động, ưu tiên lao động trong huyện từ 18 đến 35 tuổi. Người lao động có nhu cầu liên hệ Phòng Nhân sự công ty, số điện thoại 0272.3779.468.

Trên địa bàn huyện Đức Hòa hiện có 7 doanh nghiệp sản xuất giấy tiêu dùng, tã giấy và băng vệ sinh, sử dụng gần 3.900 lao động. Năm 2023, các doanh nghiệp này nộp ngân sách khoảng 96 tỷ đồng, chiếm 4,5% tổng thu ngân sách trên địa bàn huyện.

Minh Thư (Trung tâm VH-TT&TT huyện)
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II năm nay", "2024-04-01", "2024-06-30")
CO = "Công ty TNHH Sản phẩm Giấy Hòa An"

FIGS = [
    fig("tuyển thêm 350 lao động\n", "350", 350, "count", "lao động",
        subject="lao động nhà máy tã giấy cần tuyển thêm"),
    fig("đầu tư 45 triệu USD", "45", 45000000, "money", "USD", subject="tổng vốn đầu tư nhà máy"),
    fig("vận hành 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền tã giấy"),
    fig("và 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền khăn giấy ướt"),
    fig("khoảng 600 triệu", "600", 600000000, "measure", "miếng tã/năm", approx="about",
        subject="công suất thiết kế"),
    fig("sản xuất 412 triệu", "412", 412000000, "count", "miếng tã", percent=68.7,
        subject="miếng tã công ty sản xuất", period=Y23),
    fig("đạt 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng",
        change=chg("increase", 9.2, "%", "năm 2022"), subject="doanh thu", period=Y23),
    fig("hơn 38 tỷ đồng", "38", 38000000000, "money", "đồng", approx="over",
        subject="nộp ngân sách", period=Y23),
    fig("có 1.240 lao động", "1.240", 1240, "count", "lao động", subject="lao động của công ty"),
    fig("870 lao động", "870", 870, "count", "lao động", total=1240, subject="lao động nữ"),
    fig("415 lao động", "415", 415, "count", "lao động", total=1240, subject="lao động là người địa phương"),
    fig("công nhân 8,2 triệu", "8,2", 8200000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân"),
    fig("thêm 50.000 đồng/ca", "50.000", 50000, "money", "đồng/ca",
        subject="hỗ trợ công nhân làm ca đêm"),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền tã quần đưa vào vận hành thêm", period=Q2),
    fig("khoảng 750 triệu", "750", 750000000, "measure", "miếng/năm", approx="about", status="forecast",
        subject="công suất", period=Q2),
    fig("cần tuyển thêm 350 lao động,", "350", 350, "count", "lao động", status="forecast",
        subject="lao động cần tuyển thêm", period=Q2),
    fig("từ 18 đến 35 tuổi", "18", 18, "measure", "tuổi", value_max=35, optional=True,
        subject="độ tuổi lao động ưu tiên"),
    fig("hiện có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giấy tiêu dùng, tã giấy và băng vệ sinh"),
    fig("gần 3.900 lao động", "3.900", 3900, "count", "lao động", approx="nearly",
        subject="lao động doanh nghiệp sản xuất giấy tiêu dùng, tã giấy và băng vệ sinh"),
    fig("khoảng 96 tỷ đồng", "96", 96000000000, "money", "đồng", approx="about", percent=4.5,
        subject="nộp ngân sách của các doanh nghiệp giấy tiêu dùng, tã giấy", period=Y23),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): a diaper factory (invented company) in KCN Tân Đức. 'Thứ Ba, 12/03/2024 - 14:05', byline at the end.",
    "Default location Đức Hòa (district portal; the KCN and the company are in the district).",
    "Distractors: 14:05, 'Ngày 11/3', phone 0272.3779.468, 'VH-TT&TT'.",
    "Headline 350 is actual (no cue in the headline); the body's 350 continues 'dự kiến' (forecast). 'quý II năm nay' = Q2 of the published year.",
    "870 women and 415 locals are both parts of 1.240 after 'trong đó' (they overlap; each takes the whole).",
    "'đạt 68,7% công suất' is the share of 412 triệu miếng. Age range 'từ 18 đến 35 tuổi' is an eligibility condition: optional.",
    "Company specs (vốn, dây chuyền, công suất), 'Hiện' staff and wage sentences: no period.",
]

if __name__ == "__main__":
    write("p1226-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Đức Hòa")
