"""p1335-5: national newspaper: relics deteriorating nationwide, inventory counts, wrong restorations, funding, 2030 target."""
from lib import fig, per, chg, write

TEXT = """Thời sự > Văn hóa

Nhiều di tích xuống cấp chờ vốn tu bổ

Thứ năm, 21/11/2024, 07:15 (GMT+7)

Khoảng 30% di tích cấp quốc gia đang xuống cấp, trong khi ngân sách mỗi năm chỉ đáp ứng 20-25% nhu cầu tu bổ.

Theo Cục Di sản văn hóa (Bộ Văn hóa, Thể thao và Du lịch), cả nước hiện có hơn 40.000 di tích đã được kiểm kê, trong đó 11.520 di tích xếp hạng cấp tỉnh, 3.654 di tích cấp quốc gia và 137 di tích quốc gia đặc biệt. Hà Nội có nhiều di tích nhất với 5.922 di tích, tiếp đến là Nam Định (1.654 di tích) và Bắc Ninh (1.558 di tích).

Khảo sát năm 2023 tại 12 tỉnh, thành phố phía Bắc cho thấy 64 di tích bị tu bổ sai lệch, làm biến dạng yếu tố gốc. Nhiều nơi thay cột gỗ bằng bê tông giả gỗ, lát gạch men, sơn lại tượng cổ bằng sơn công nghiệp.

Nguồn vốn xã hội hóa ngày càng lớn. Năm 2023, vốn công đức và tài trợ cho tu bổ di tích trên cả nước ước hơn 3.500 tỷ đồng, gấp 1,6 lần vốn ngân sách nhà nước. Tuy vậy, theo PGS.TS Trần Văn Lộc, nguyên Phó Viện trưởng Viện Bảo tồn di tích, "tiền nhiều mà thiếu chuyên môn thì càng dễ làm hỏng di tích".

Dự thảo Chương trình mục tiêu quốc gia về phát triển văn hóa đặt mục tiêu đến năm 2030 có ít nhất 80% di tích quốc gia đặc biệt và di tích quốc gia được tu bổ, chống xuống cấp. Bộ dự kiến tổ chức 6 lớp tập huấn cho khoảng 900 cán bộ quản lý di tích trong năm 2025.

Minh Anh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K23 = per("Khảo sát năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
LIST = "di tích đã được kiểm kê"

FIGS = [
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about", subject="di tích cấp quốc gia đang xuống cấp"),
    fig("20-25%", "20", 20, "percent", "%", value_max=25, subject="nhu cầu tu bổ ngân sách mỗi năm đáp ứng"),
    fig("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", approx="over", subject=LIST),
    fig("11.520 di tích", "11.520", 11520, "count", "di tích", total=40000, subject="di tích xếp hạng cấp tỉnh"),
    fig("3.654 di tích", "3.654", 3654, "count", "di tích", total=40000, subject="di tích cấp quốc gia"),
    fig("137 di tích", "137", 137, "count", "di tích", total=40000, subject="di tích quốc gia đặc biệt"),
    fig("với 5.922 di tích", "5.922", 5922, "count", "di tích", subject="di tích", location="Hà Nội"),
    fig("(1.654 di tích)", "1.654", 1654, "count", "di tích", subject="di tích", location="Nam Định"),
    fig("(1.558 di tích)", "1.558", 1558, "count", "di tích", subject="di tích", location="Bắc Ninh"),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố phía Bắc được khảo sát",
        period=K23),
    fig("cho thấy 64 di tích", "64", 64, "count", "di tích", subject="di tích bị tu bổ sai lệch", period=K23),
    fig("ước hơn 3.500 tỷ", "3.500", 3500e9, "money", "đồng", approx="over", status="estimate",
        change=chg("increase", 1.6, "lần", "vốn ngân sách nhà nước"),
        subject="vốn công đức và tài trợ cho tu bổ di tích", period=Y23),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="di tích quốc gia đặc biệt và di tích quốc gia được tu bổ, chống xuống cấp", period=T30),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", status="forecast", subject="lớp tập huấn", period=Y25),
    fig("khoảng 900 cán bộ", "900", 900, "count", "cán bộ", approx="about", status="forecast",
        subject="cán bộ quản lý di tích được tập huấn", period=Y25),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ năm, 21/11/2024, 07:15 (GMT+7)', sapo, quote, byline at the end. All figures national: Việt Nam,",
    "except the list 'Hà Nội ... 5.922 di tích, tiếp đến là Nam Định (1.654 di tích) và Bắc Ninh (1.558 di tích)': each item is located in its province.",
    "'hơn 40.000 di tích ..., trong đó 11.520 ..., 3.654 ... và 137 ...' are parts of 40.000 (they need not add up after 'trong đó').",
    "'ngân sách mỗi năm chỉ đáp ứng 20-25% nhu cầu tu bổ': a percent range; 'mỗi năm' is generic, no period.",
    "'Khảo sát năm 2023 tại 12 tỉnh, thành phố ... 64 di tích': period of the survey, year 2023. A count of provinces: Việt Nam.",
    "'ước hơn 3.500 tỷ đồng, gấp 1,6 lần vốn ngân sách nhà nước': estimate, over; 'gấp 1,6 lần' after an amount is its change (lần).",
    "'đặt mục tiêu đến năm 2030 có ít nhất 80%': target, start null; 'Bộ dự kiến ... 6 lớp ... khoảng 900 cán bộ ... trong năm 2025': forecast.",
    "Distractors: dateline, time, '(GMT+7)', 'PGS.TS' title.",
]

if __name__ == "__main__":
    write("p1335-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Việt Nam")
