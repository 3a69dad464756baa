"""p1242-2: district portal (huyện Cẩm Giàng, Hải Dương): a brewery in CCN Lương Điền, 2023 results and 2024 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức - Sự kiện / Kinh tế

Công ty cổ phần Bia Thành Đông nộp ngân sách hơn 110 tỷ đồng năm 2023

12/03/2024 - 09:15

Năm 2023, dù thị trường tiêu thụ bia gặp nhiều khó khăn, Công ty cổ phần Bia Thành Đông tại Cụm công nghiệp Lương Điền vẫn sản xuất 46,5 triệu lít bia, tăng 12% so với năm 2022; doanh thu đạt 385 tỷ đồng, vượt mục tiêu đề ra là 350 tỷ đồng; nộp ngân sách nhà nước 112,6 tỷ đồng.

Công ty hiện vận hành hai dây chuyền chiết chai và một dây chuyền chiết lon, tổng công suất 60 triệu lít/năm. Toàn công ty có 214 lao động, trong đó 71 lao động nữ; thu nhập bình quân năm 2023 đạt 9,8 triệu đồng/người/tháng, cao hơn 6,5% so với năm trước.

Theo ông Phạm Văn Hùng, Giám đốc công ty, 2 tháng đầu năm 2024, công ty tiêu thụ 7,2 triệu lít bia, tăng 9,1% so với cùng kỳ, trong đó bia hơi chiếm khoảng 35%. Năm 2024, công ty phấn đấu sản xuất 52 triệu lít, doanh thu trên 420 tỷ đồng; dự kiến tuyển thêm từ 30 đến 40 lao động khi đưa kho lạnh mới vào sử dụng.

Hiện trên địa bàn huyện có 5 cơ sở sản xuất bia, gồm 2 doanh nghiệp quy mô công nghiệp và 3 cơ sở bia hơi thủ công, tổng sản lượng năm 2023 khoảng 58 triệu lít. Ngành bia đóng góp 8,4% giá trị sản xuất công nghiệp của huyện.

Trong năm 2024, UBND huyện tiếp tục tạo điều kiện để doanh nghiệp mở rộng sản xuất, đồng thời phấn đấu 100% cơ sở kinh doanh bia hơi trên địa bàn được kiểm tra về an toàn thực phẩm.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Cẩm Giàng

Tin khác:
- Cẩm Giàng: Ra quân kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Giáp Thìn 2024
- Hội nghị đối thoại doanh nghiệp quý I

UBND huyện Cẩm Giàng - Địa chỉ: Km 48 Quốc lộ 5, thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Trong năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty cổ phần Bia Thành Đông"

FIGS = [
    fig("hơn 110 tỷ", "110", 110e9, "money", "đồng", approx="over",
        subject=f"nộp ngân sách của {CO}", period=Y23b),
    fig("sản xuất 46,5 triệu", "46,5", 46.5e6, "measure", "lít",
        change=chg("increase", 12, "%", "năm 2022"),
        subject=f"sản lượng bia {CO} sản xuất", period=Y23),
    fig("đạt 385 tỷ", "385", 385e9, "money", "đồng", target=tgt(350e9, "đồng", True), subject=f"doanh thu {CO}", period=Y23),
    fig("nước 112,6 tỷ", "112,6", 112.6e9, "money", "đồng",
        subject=f"nộp ngân sách nhà nước của {CO}", period=Y23),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền chiết chai công ty vận hành"),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền chiết lon công ty vận hành"),
    fig("công suất 60 triệu", "60", 60e6, "measure", "lít/năm", subject="tổng công suất các dây chuyền của công ty"),
    fig("có 214 lao động", "214", 214, "count", "lao động", subject="lao động của công ty"),
    fig("71 lao động nữ", "71", 71, "count", "lao động nữ", total=214, subject="lao động nữ của công ty"),
    fig("đạt 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 6.5, "%", "năm trước"),
        subject="thu nhập bình quân lao động của công ty", period=Y23b),
    fig("tiêu thụ 7,2 triệu", "7,2", 7.2e6, "measure", "lít",
        change=chg("increase", 9.1, "%", "cùng kỳ"),
        subject="sản lượng bia công ty tiêu thụ", period=M2),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ trọng bia hơi trong sản lượng bia công ty tiêu thụ", period=M2),
    fig("sản xuất 52 triệu", "52", 52e6, "measure", "lít", status="target",
        subject="sản lượng bia công ty sản xuất", period=Y24),
    fig("trên 420 tỷ", "420", 420e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất bia trên địa bàn huyện"),
    fig("2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=5,
        subject="doanh nghiệp sản xuất bia quy mô công nghiệp"),
    fig("3 cơ sở", "3", 3, "count", "cơ sở", total=5, subject="cơ sở bia hơi thủ công"),
    fig("khoảng 58 triệu", "58", 58e6, "measure", "lít", approx="about",
        subject="tổng sản lượng bia của các cơ sở trên địa bàn huyện", period=Y23b),
    fig("đóng góp 8,4%", "8,4", 8.4, "percent", "%",
        subject="tỷ trọng ngành bia trong giá trị sản xuất công nghiệp của huyện", period=inh(Y23b)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh bia hơi được kiểm tra về an toàn thực phẩm", period=Y24b),
]

NOTES = [
    "District portal (huyện Cẩm Giàng, Hải Dương): dateline '12/03/2024 - 09:15' under the headline; default location Cẩm Giàng",
    "(the commune/industrial cluster Lương Điền is below district level).",
    "Distractors: 09:15, 'Giáp Thìn 2024', 'quý I' in a link, address 'Km 48 Quốc lộ 5'.",
    "'vượt mục tiêu đề ra là 350 tỷ đồng' → target 350 tỷ (met) of the revenue, not a figure of its own.",
    "Headline 'hơn 110 tỷ đồng năm 2023' is its own figure (the body's 112,6 tỷ). Number words 'hai', 'một' (dây chuyền).",
    "'trong đó bia hơi chiếm khoảng 35%' is a percent figure of its own (share of the 7,2 triệu lít), not an attribute.",
    "'gồm 2 doanh nghiệp ... và 3 cơ sở' add up to 5 cơ sở: total 5. 'Ngành bia đóng góp 8,4%' inherits năm 2023 from the previous sentence.",
    "'phấn đấu' (target) and 'dự kiến' (forecast) each govern their own clause in the 2024 sentence. 2 tháng đầu năm 2024 ends 2024-02-29.",
]

if __name__ == "__main__":
    write("p1242-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Cẩm Giàng")
