"""p1538-4: provincial Party newspaper (Báo Nghệ An): làng rèn Nho Lâm, xã Diễn Thái, huyện Diễn Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NGHỆ AN ĐIỆN TỬ
Kinh tế | Nông nghiệp | Làng nghề

Làng rèn Nho Lâm giữ lửa nghề truyền thống

Thanh Lê • 10/02/2025 - 07:30

(Baonghean.vn) - Với hơn 400 năm tuổi nghề, làng rèn Nho Lâm ở xã Diễn Thái (Diễn Châu) hiện có gần 300 lò rèn, mỗi năm đưa ra thị trường khoảng 1,5 triệu sản phẩm nông cụ.

Ông Hoàng Văn Thịnh, Chủ tịch UBND xã Diễn Thái cho biết, toàn xã có 286 hộ làm nghề rèn với khoảng 750 lao động, tập trung ở các xóm 4, 5 và 7. Năm 2024, giá trị sản xuất nghề rèn của xã đạt 128 tỷ đồng, chiếm 41% tổng giá trị sản xuất tiểu thủ công nghiệp của xã; thợ cả có thu nhập từ 300.000 đến 400.000 đồng/ngày công.

Sản phẩm chủ lực của Nho Lâm là cuốc, xẻng, liềm, dao phát và lưỡi cày. Bình quân mỗi lò làm ra 80-100 chiếc liềm hoặc 40 chiếc cuốc mỗi ngày. Nhờ đầu tư máy dập, máy mài, năng suất lao động tăng gấp ba lần so với quai búa thủ công.

Theo UBND huyện Diễn Châu, năm 2024 giá trị sản xuất của làng rèn Nho Lâm đứng thứ 2 trong các làng nghề của huyện, chỉ sau làng nghề chế biến hải sản. Toàn huyện hiện có 18 làng nghề được UBND tỉnh công nhận.

Tuy vậy, khoảng ba chục hộ đã bỏ nghề trong 3 năm qua vì thiếu mặt bằng và ô nhiễm tiếng ồn. Xã đang đề nghị huyện quy hoạch cụm công nghiệp làng nghề rộng 5,5 ha; dự kiến năm 2025 sẽ có ít nhất 40 hộ chuyển vào sản xuất. Mục tiêu đến năm 2030, giá trị sản xuất nghề rèn của xã đạt 200 tỷ đồng.

Tin cùng chuyên mục:
- Diễn Châu: Hơn 1.000 người dự hội thi ẩm thực làng biển
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 400 năm", "400", 400, "measure", "năm", approx="over", subject="tuổi nghề của làng rèn Nho Lâm",
        optional=True),
    fig("gần 300 lò rèn", "300", 300, "count", "lò rèn", approx="nearly", subject="lò rèn của làng rèn Nho Lâm"),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm nông cụ đưa ra thị trường mỗi năm"),
    fig("có 286 hộ", "286", 286, "count", "hộ", subject="hộ làm nghề rèn"),
    fig("khoảng 750 lao động", "750", 750, "count", "lao động", approx="about", subject="lao động làm nghề rèn"),
    fig("đạt 128 tỷ", "128", 128e9, "money", "đồng", percent=41,
        subject="giá trị sản xuất nghề rèn của xã", period=Y24),
    fig("từ 300.000 đến 400.000", "300.000", 300000, "money", "đồng/ngày công", value_max=400000,
        subject="thu nhập của thợ cả", period=Y24),
    fig("80-100 chiếc", "80", 80, "measure", "chiếc/ngày", value_max=100,
        subject="liềm mỗi lò làm ra mỗi ngày"),
    fig("hoặc 40 chiếc", "40", 40, "measure", "chiếc/ngày", subject="cuốc mỗi lò làm ra mỗi ngày"),
    fig("gấp ba lần", "ba", 3, "multiple", "lần", subject="năng suất lao động"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="giá trị sản xuất của làng rèn Nho Lâm trong các làng nghề của huyện", period=Y24b),
    fig("có 18 làng nghề", "18", 18, "count", "làng nghề", subject="làng nghề được UBND tỉnh công nhận"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about", subject="hộ đã bỏ nghề"),
    fig("rộng 5,5 ha", "5,5", 5.5, "measure", "ha", subject="cụm công nghiệp làng nghề xã đề nghị quy hoạch"),
    fig("ít nhất 40 hộ", "40", 40, "count", "hộ", approx="at_least", status="forecast",
        subject="hộ chuyển vào sản xuất", period=Y25),
    fig("đạt 200 tỷ", "200", 200e9, "money", "đồng", status="target",
        subject="giá trị sản xuất nghề rèn của xã", period=T30),
]

NOTES = [
    "Provincial Party newspaper (Báo Nghệ An): byline and date 'Thanh Lê • 10/02/2025 - 07:30' (published), tag '(Baonghean.vn) -' sapo.",
    "Distractors: 07:30, 'xóm 4, 5 và 7', 'trong 3 năm qua' (a duration locating the 30 hộ), a link title (its 'Hơn 1.000 người' is page furniture, not the article's).",
    "Every figure is the village's or the district's: location Diễn Châu (default; the sapo names '(Diễn Châu)').",
    "'Với hơn 400 năm tuổi nghề' is the craft's age: optional (a careful annotator may take it as a duration, not a figure).",
    "'mỗi năm ... khoảng 1,5 triệu sản phẩm' and 'mỗi lò ... 80-100 chiếc liềm hoặc 40 chiếc cuốc mỗi ngày' are rates: measure, unit .../năm, .../ngày.",
    "'chiếm 41% tổng giá trị sản xuất tiểu thủ công nghiệp' → percent attribute of 128 tỷ; the thợ cả income after ';' keeps 'Năm 2024'.",
    "'năng suất lao động tăng gấp ba lần so với ...' → multiple 3 lần as the claim (no base amount).",
    "'đứng thứ 2 trong các làng nghề của huyện' → rank 2. 'khoảng ba chục hộ' → 30 (number words), approx about.",
    "'rộng 5,5 ha' (a proposal, no status cue) actual; 'dự kiến năm 2025 ... ít nhất 40 hộ' forecast; 'Mục tiêu đến năm 2030' target.",
]

if __name__ == "__main__":
    write("p1538-4", TEXT, NOTES, FIGS, published="2025-02-10", location="Diễn Châu")
