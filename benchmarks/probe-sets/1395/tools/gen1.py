"""p1395-1: province portal (Thanh Hóa): barcode registrations 9 months 2024, traceability stamps."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ

9 tháng năm 2024: Thêm 126 doanh nghiệp được cấp mã số mã vạch

Cập nhật: 14/10/2024 09:32 | Lượt xem: 1.386

Theo Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở Khoa học và Công nghệ), 9 tháng đầu năm 2024, Chi cục đã hướng dẫn, tiếp nhận hồ sơ đề nghị cấp mã số mã vạch cho 126 tổ chức, doanh nghiệp trên địa bàn tỉnh Thanh Hóa, tăng 18,9% so với cùng kỳ năm 2023, bằng 84% kế hoạch năm. Trong đó, 97 doanh nghiệp đăng ký mã doanh nghiệp loại 10 số và 29 hợp tác xã đăng ký mã loại 9 số.

Tính đến ngày 30/9/2024, toàn tỉnh có 1.842 tổ chức, doanh nghiệp sử dụng mã số mã vạch còn hiệu lực, với khoảng 23.500 sản phẩm được gắn mã.

Chi cục đã rà soát, đôn đốc 214 doanh nghiệp chậm nộp phí duy trì; trong đó 61 doanh nghiệp đã nộp bổ sung với số tiền gần 95 triệu đồng, 38 doanh nghiệp bị đề nghị thu hồi mã số.

Về truy xuất nguồn gốc, từ đầu năm đến nay, Sở đã hỗ trợ 45 cơ sở sản xuất, kinh doanh áp dụng tem truy xuất nguồn gốc (mã QR), với hơn 310.000 tem được in và dán lên sản phẩm, chủ yếu là sản phẩm OCOP 3 sao trở lên như nước mắm, nem chua, chè lam Phủ Quảng. Mức hỗ trợ từ 5 đến 10 triệu đồng/cơ sở theo Nghị quyết số 35/2021/NQ-HĐND của HĐND tỉnh.

Quý IV, Chi cục phấn đấu hướng dẫn thêm ít nhất 25 doanh nghiệp đăng ký mã số mã vạch, đưa tổng số doanh nghiệp được cấp mới trong năm lên trên 150 doanh nghiệp. Chi cục cũng dự kiến tổ chức 3 lớp tập huấn về ghi nhãn hàng hóa cho khoảng 200 học viên tại TP Thanh Hóa, thị xã Bỉm Sơn và huyện Thọ Xuân.

Tin liên quan:
- Hội nghị phổ biến Nghị định số 111/2021/NĐ-CP về nhãn hàng hóa
- Thanh Hóa tổ chức Tuần lễ Chất lượng năm 2024
"""

HEAD = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("trong năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Thêm 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp mã số mã vạch", period=HEAD),
    fig("cho 126 tổ chức", "126", 126, "count", "tổ chức, doanh nghiệp", percent=84,
        change=chg("increase", 18.9, "%", "cùng kỳ năm 2023"),
        subject="tổ chức, doanh nghiệp được hướng dẫn, tiếp nhận hồ sơ đề nghị cấp mã số mã vạch", period=NINE),
    fig("Trong đó, 97 doanh nghiệp", "97", 97, "count", "doanh nghiệp", total=126,
        subject="doanh nghiệp đăng ký mã doanh nghiệp loại 10 số", period=inh(NINE)),
    fig("và 29 hợp tác xã", "29", 29, "count", "hợp tác xã", total=126,
        subject="hợp tác xã đăng ký mã loại 9 số", period=inh(NINE)),
    fig("có 1.842 tổ chức", "1.842", 1842, "count", "tổ chức, doanh nghiệp",
        subject="tổ chức, doanh nghiệp sử dụng mã số mã vạch còn hiệu lực", period=ASOF),
    fig("khoảng 23.500 sản phẩm", "23.500", 23500, "count", "sản phẩm", approx="about",
        subject="sản phẩm được gắn mã", period=ASOF),
    fig("đốc 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp",
        subject="doanh nghiệp chậm nộp phí duy trì"),
    fig("trong đó 61 doanh nghiệp", "61", 61, "count", "doanh nghiệp", total=214,
        subject="doanh nghiệp đã nộp bổ sung phí duy trì"),
    fig("gần 95 triệu", "95", 95e6, "money", "đồng", approx="nearly",
        subject="số tiền phí duy trì nộp bổ sung"),
    fig("38 doanh nghiệp bị", "38", 38, "count", "doanh nghiệp", total=214,
        subject="doanh nghiệp bị đề nghị thu hồi mã số"),
    fig("hỗ trợ 45 cơ sở", "45", 45, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh được hỗ trợ áp dụng tem truy xuất nguồn gốc", period=YTD),
    fig("hơn 310.000 tem", "310.000", 310000, "count", "tem", approx="over",
        subject="tem truy xuất nguồn gốc được in và dán lên sản phẩm", period=YTD),
    fig("từ 5 đến 10 triệu", "5", 5e6, "money", "đồng/cơ sở", value_max=10e6,
        subject="mức hỗ trợ"),
    fig("ít nhất 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hướng dẫn thêm đăng ký mã số mã vạch", period=Q4),
    fig("trên 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", approx="over", status="target",
        subject="tổng số doanh nghiệp được cấp mới trong năm", period=YEAR),
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp", status="forecast",
        subject="lớp tập huấn về ghi nhãn hàng hóa", period=inh(Q4)),
    fig("khoảng 200 học viên", "200", 200, "count", "học viên", approx="about", status="forecast",
        subject="học viên tập huấn về ghi nhãn hàng hóa", period=inh(Q4)),
]

NOTES = [
    "Province portal (Thanh Hóa): barcode registrations 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:32 | Lượt xem: 1.386', related links.",
    "Distractors: 09:32, 'Lượt xem: 1.386', 'mã doanh nghiệp loại 10 số' / 'mã loại 9 số' (code-type names), 'Tính đến ngày 30/9/2024',",
    "'OCOP 3 sao', 'Nghị quyết số 35/2021/NQ-HĐND', 'Nghị định số 111/2021/NĐ-CP', 'năm 2024' in a related link.",
    "Headline '9 tháng năm 2024: Thêm 126 doanh nghiệp' is a figure of its own. 'bằng 84% kế hoạch năm' -> percent attribute.",
    "'Trong đó' after a sentence break: parts 97 + 29 = 126 take total 126, period inherited.",
    "'trong đó 61 ..., 38 ...' after 214: both parts take total 214. The 214 paragraph names no period: none in the gold.",
    "'từ đầu năm đến nay' ends at the dateline 2024-10-14. 'Quý IV' / 'trong năm' (year-less) take 2024.",
    "revised after the first run: '5 đến 10 triệu đồng/cơ sở' subject 'mức hỗ trợ áp dụng tem truy xuất nguồn gốc' -> 'mức hỗ trợ'",
    "(the words after 'mức hỗ trợ' came from the previous sentence; the spec takes the subject as the sentence names it).",
    "'phấn đấu' governs both clauses of its sentence (target); next sentence 'dự kiến' -> forecast, Quý IV inherited.",
]

if __name__ == "__main__":
    write("p1395-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
