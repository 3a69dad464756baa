"""p1513-2: district portal (huyện Văn Lâm, Hưng Yên): a pressure-cooker maker in 2023, the district's cookware firms."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Văn bản chỉ đạo | Hỏi đáp

Doanh nghiệp gia dụng Văn Lâm vượt khó, giữ vững đơn hàng

15/11/2023 - 08:30

Năm 2023, Công ty cổ phần Gia dụng Hoàng Hà (Cụm công nghiệp Minh Hải 2, xã Minh Hải) ước sản xuất 1,35 triệu chiếc nồi áp suất các loại, tăng 8% so với năm 2022 và vượt 5% kế hoạch. Trong 10 tháng đầu năm, doanh thu của công ty đạt 486 tỷ đồng; nộp ngân sách trên 32 tỷ đồng.

Công ty hiện có 3 dây chuyền dập, 2 dây chuyền đánh bóng và một dây chuyền sơn phủ chống dính, tạo việc làm cho 420 lao động, trong đó gần 60% là lao động địa phương. Mức lương bình quân 8,5 triệu đồng/người/tháng, cao hơn 7% so với năm trước. Sản phẩm nồi áp suất điện HH-618 của công ty đã được chứng nhận hợp quy theo QCVN 4:2009/BKHCN.

Toàn huyện hiện có 11 doanh nghiệp sản xuất đồ gia dụng bằng kim loại, gồm 4 doanh nghiệp FDI và 7 doanh nghiệp trong nước, giải quyết việc làm cho hơn 3.100 lao động.

Năm 2024, công ty phấn đấu sản xuất 1,5 triệu chiếc nồi áp suất; dự kiến đầu tư thêm hai dây chuyền tự động với tổng vốn khoảng 45 tỷ đồng.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Tập huấn an toàn, vệ sinh lao động năm 2023
- Hội nghị đối thoại với doanh nghiệp quý III/2023
- Xã Lạc Hồng ra mắt mô hình "Dân vận khéo" lần thứ 3

UBND HUYỆN VĂN LÂM
Địa chỉ: thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.216
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm", "2023-01-01", "2023-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty cổ phần Gia dụng Hoàng Hà"

FIGS = [
    fig("ước sản xuất 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", status="estimate",
        change=chg("increase", 8, "%", "năm 2022"),
        subject=f"nồi áp suất {CO} sản xuất", period=Y23),
    fig("vượt 5% kế hoạch", "5", 5, "percent", "%", status="estimate", optional=True,
        subject="sản lượng nồi áp suất vượt kế hoạch", period=Y23),
    fig("đạt 486 tỷ", "486", 486e9, "money", "đồng",
        subject="doanh thu của công ty", period=M10),
    fig("trên 32 tỷ", "32", 32e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=M10),
    fig("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền dập"),
    fig("2 dây chuyền đánh bóng", "2", 2, "count", "dây chuyền", subject="dây chuyền đánh bóng"),
    fig("một dây chuyền sơn", "một", 1, "count", "dây chuyền", subject="dây chuyền sơn phủ chống dính"),
    fig("cho 420 lao động", "420", 420, "count", "lao động", subject="lao động công ty tạo việc làm"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly", subject="lao động địa phương"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước"), subject="mức lương bình quân"),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ gia dụng bằng kim loại"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=11, subject="doanh nghiệp FDI"),
    fig("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11, subject="doanh nghiệp trong nước"),
    fig("hơn 3.100 lao động", "3.100", 3100, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp giải quyết việc làm"),
    fig("xuất 1,5 triệu", "1,5", 1.5e6, "count", "chiếc", status="target",
        subject="nồi áp suất công ty sản xuất", period=Y24),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền tự động đầu tư thêm", period=Y24),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư hai dây chuyền tự động", period=Y24),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, '15/11/2023 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Every figure is located in Văn Lâm (company in xã Minh Hải; district totals).",
    "Distractors: 'Cụm công nghiệp Minh Hải 2', 'HH-618', 'QCVN 4:2009/BKHCN', 'quý III/2023', 'lần thứ 3', phone 0221.3985.216, 08:30.",
    "'tăng 8% so với năm 2022 và vượt 5% kế hoạch': the first change is the attribute; 'vượt 5% kế hoạch' is a second change → its own percent figure, optional (FIGURES.md: one attribute each).",
    "'10 tháng đầu năm' takes 2023 from 'Năm 2023'; the ';' clause with 'nộp ngân sách' continues the sentence → same period.",
    "'trong đó gần 60% là lao động địa phương': a percent figure of its own (no chiếm/đạt share cue on 420).",
    "'gồm 4 ... và 7 ...' parts of 11. 'phấn đấu' → target; 'dự kiến' clause → forecast; both have 'Năm 2024' in the sentence.",
]

if __name__ == "__main__":
    write("p1513-2", TEXT, NOTES, FIGS, published="2023-11-15", location="Văn Lâm")
