"""p1343-5: provincial Party newspaper (Báo Quảng Ngãi): an embroidery cooperative of people with disabilities."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Xã hội

Thứ Hai, 20/05/2024 - 06:15

Hợp tác xã của những người khuyết tật

(Baoquangngai.vn) - Từ 9 thành viên ban đầu, Hợp tác xã Thêu ren Hoa Sen ở phường Nghĩa Chánh (TP Quảng Ngãi) đã trở thành nơi tạo việc làm ổn định cho người khuyết tật, nhiều người phải di chuyển bằng xe lăn.

Thành lập năm 2016, HTX hiện có 34 thành viên, trong đó 27 người khuyết tật. Chị Võ Thị Hạnh, Giám đốc HTX, cho biết mỗi tháng HTX làm ra khoảng 12.000 sản phẩm thêu tay, chủ yếu là khăn, túi và tranh thêu; thu nhập của thành viên từ 4,5-5 triệu đồng/người/tháng.

Năm 2023, doanh thu của HTX đạt gần 2,4 tỷ đồng, tăng 15% so với năm 2022; lợi nhuận hơn 310 triệu đồng. Sản phẩm tranh thêu "Sen Việt" của HTX đạt chuẩn OCOP 3 sao. Để mở rộng sản xuất, HTX được Ngân hàng Chính sách xã hội tỉnh cho vay ưu đãi 300 triệu đồng, mua thêm 10 máy thêu vi tính.

"Ngày trước tôi chỉ quanh quẩn trong nhà, giờ có thu nhập ổn định, lại có bạn bè cùng cảnh ngộ", anh Trần Văn Lộc, thành viên HTX, chia sẻ.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Quảng Ngãi hiện có khoảng 42.000 người khuyết tật, trong đó khoảng 60% trong độ tuổi lao động, nhưng chưa đến 30% trong số này có việc làm ổn định.

Năm nay, HTX phấn đấu đưa doanh thu lên 3 tỷ đồng và nhận thêm 5-7 lao động là người khuyết tật.

THANH HUYỀN

Tin liên quan:
- Quảng Ngãi: Trao sinh kế cho người khuyết tật huyện Sơn Tịnh
- Khai giảng lớp dạy nghề thêu cho người khuyết tật
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Từ 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên ban đầu của HTX"),
    fig("có 34 thành viên", "34", 34, "count", "thành viên", subject="thành viên HTX"),
    fig("trong đó 27 người", "27", 27, "count", "người", total=34, subject="người khuyết tật"),
    fig("khoảng 12.000 sản phẩm", "12.000", 12000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm thêu tay HTX làm ra mỗi tháng"),
    fig("từ 4,5-5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=5e6,
        subject="thu nhập của thành viên"),
    fig("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly",
        change=chg("increase", 15, "%", "năm 2022"), subject="doanh thu của HTX", period=Y23),
    fig("hơn 310 triệu", "310", 310e6, "money", "đồng", approx="over", subject="lợi nhuận", period=Y23),
    fig("ưu đãi 300 triệu", "300", 300e6, "money", "đồng",
        subject="vốn vay ưu đãi của Ngân hàng Chính sách xã hội tỉnh"),
    fig("thêm 10 máy", "10", 10, "count", "máy thêu", subject="máy thêu vi tính mua thêm"),
    fig("khoảng 42.000 người", "42.000", 42000, "count", "người", approx="about",
        subject="người khuyết tật"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="người khuyết tật trong độ tuổi lao động"),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="người khuyết tật trong độ tuổi lao động có việc làm ổn định"),
    fig("lên 3 tỷ", "3", 3e9, "money", "đồng", status="target", subject="doanh thu HTX", period=NOW),
    fig("thêm 5-7 lao động", "5", 5, "count", "lao động", value_max=7, status="target",
        subject="lao động là người khuyết tật nhận thêm", period=NOW),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Ngãi): section, 'Thứ Hai, 20/05/2024 - 06:15', sapo with tag '(Baoquangngai.vn) -', quote, byline, related links.",
    "Distractors: 06:15, 'Thành lập năm 2016' (founding year), 'OCOP 3 sao', 'năm 2022' (baseline).",
    "Location: the cooperative is in TP Quảng Ngãi and the province figures are Quảng Ngãi: both read 'Quảng Ngãi'.",
    "'mỗi tháng HTX làm ra khoảng 12.000 sản phẩm' is a rate: measure, unit 'sản phẩm/tháng' (spec: a rate's denominator is part of its unit).",
    "'từ 4,5-5 triệu' is a range with the multiplier on both ends. 27 after 'trong đó' takes total 34.",
    "'trong đó khoảng 60% trong độ tuổi lao động' and 'chưa đến 30% trong số này' are percent figures of their own (no base amount in their clause).",
    "'Năm nay' takes the year of the dateline (2024); 'phấn đấu' governs both clauses (target).",
    "Standing facts with 'hiện' and the loan and machines (no time phrase in their sentence) get no period.",
]

if __name__ == "__main__":
    write("p1343-5", TEXT, NOTES, FIGS, published="2024-05-20", location="Quảng Ngãi")
