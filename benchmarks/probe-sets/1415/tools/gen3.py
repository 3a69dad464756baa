"""p1415-3: ministry site (Bộ Y tế): rare diseases nationally, drugs paid by BHYT, hemophilia detection, costs, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tổng hợp | Hoạt động của Bộ | Văn bản - Chính sách | Dịch vụ công

Mở rộng danh mục thuốc điều trị bệnh hiếm được quỹ BHYT thanh toán

15/05/2025 | 09:20 | Cục Quản lý Khám, chữa bệnh

Theo Cục Quản lý Khám, chữa bệnh, Việt Nam ước tính có khoảng 6 triệu người mắc các bệnh hiếm, tương đương 6% dân số; trong đó khoảng 80% bệnh có nguồn gốc di truyền.

Danh mục bệnh hiếm ban hành kèm theo Quyết định số 2156/QĐ-BYT gồm 58 bệnh. Hiện có 47 thuốc điều trị bệnh hiếm được cấp giấy đăng ký lưu hành, trong đó 29 thuốc thuộc danh mục quỹ BHYT thanh toán theo Thông tư số 37/2024/TT-BYT.

Đối với bệnh máu khó đông, cả nước ước có khoảng 6.000-9.000 người bệnh nhưng mới có 3.126 người được chẩn đoán và quản lý, đạt gần 40%. Năm 2024, quỹ BHYT đã chi khoảng 412 tỷ đồng cho thuốc yếu tố đông máu, tăng 7% so với năm 2023, chiếm 0,3% tổng chi khám, chữa bệnh BHYT.

Chi phí điều trị nhiều bệnh hiếm rất lớn: thuốc điều trị bệnh Pompe khoảng 4-6 tỷ đồng/người/năm, liệu pháp gen điều trị teo cơ tủy (SMA) có giá trên 2 triệu USD/liều.

Mục tiêu đến năm 2030, 100% người bệnh hemophilia đã được chẩn đoán được quản lý tại cơ sở chuyên khoa, tỷ lệ phát hiện bệnh đạt ít nhất 60%. Giai đoạn 2025-2030, Bộ Y tế dự kiến bổ sung từ 10 đến 15 thuốc điều trị bệnh hiếm vào danh mục BHYT.

Bản quyền thuộc Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900.9095
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("khoảng 6 triệu", "6", 6e6, "count", "người", approx="about", status="estimate", percent=6,
        subject="người mắc các bệnh hiếm"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", status="estimate",
        subject="bệnh có nguồn gốc di truyền"),
    fig("gồm 58 bệnh", "58", 58, "count", "bệnh", subject="bệnh trong danh mục bệnh hiếm"),
    fig("có 47 thuốc", "47", 47, "count", "thuốc",
        subject="thuốc điều trị bệnh hiếm được cấp giấy đăng ký lưu hành"),
    fig("trong đó 29 thuốc", "29", 29, "count", "thuốc", total=47,
        subject="thuốc thuộc danh mục quỹ BHYT thanh toán"),
    fig("khoảng 6.000-9.000", "6.000", 6000, "count", "người bệnh", value_max=9000, approx="about",
        status="estimate", subject="người bệnh máu khó đông"),
    fig("mới có 3.126", "3.126", 3126, "count", "người", percent=40,
        subject="người bệnh máu khó đông được chẩn đoán và quản lý"),
    fig("khoảng 412 tỷ", "412", 412e9, "money", "đồng", approx="about", percent=0.3,
        change=chg("increase", 7, "%", "năm 2023"),
        subject="quỹ BHYT chi cho thuốc yếu tố đông máu", period=Y24),
    fig("khoảng 4-6 tỷ", "4", 4e9, "money", "đồng/người/năm", value_max=6e9, approx="about",
        subject="chi phí thuốc điều trị bệnh Pompe"),
    fig("trên 2 triệu", "2", 2e6, "money", "USD/liều", approx="over",
        subject="giá liệu pháp gen điều trị teo cơ tủy (SMA)"),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="người bệnh hemophilia đã được chẩn đoán được quản lý tại cơ sở chuyên khoa", period=T30),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ phát hiện bệnh", period=T30),
    fig("từ 10 đến 15 thuốc", "10", 10, "count", "thuốc", value_max=15, status="forecast",
        subject="thuốc điều trị bệnh hiếm bổ sung vào danh mục BHYT", period=G),
]

NOTES = [
    "Ministry site (Bộ Y tế): menu, '15/05/2025 | 09:20 | Cục Quản lý Khám, chữa bệnh', copyright and address footer.",
    "Distractors: Quyết định số 2156/QĐ-BYT, Thông tư số 37/2024/TT-BYT, 09:20, '138A Giảng Võ', hotline 1900.9095.",
    "National figures: location Việt Nam. 'ước tính' governs the first sentence incl. its '; trong đó' clause (80% is",
    "estimate; it is a percent figure of its own, not an attribute). 'tương đương 6% dân số' is a percent attribute.",
    "'ước có khoảng 6.000-9.000' → estimate, about, range; 'nhưng mới có 3.126 …, đạt gần 40%' is a new clause (actual, percent 40).",
    "The 412 tỷ carries change 7% and percent 0,3. Pompe and SMA prices are standing prices (no period).",
    "'Mục tiêu đến năm 2030' → target, period end 2030-12-31; 'Giai đoạn 2025-2030 … dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1415-3", TEXT, NOTES, FIGS, published="2025-05-15", location="Việt Nam")
