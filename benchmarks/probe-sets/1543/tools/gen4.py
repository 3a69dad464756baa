"""p1543-4: ministry site (Bộ Công Thương): national vegetable oil industry, imported raw material, capacity by province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Công nghiệp

Ngành dầu thực vật: hơn 90% nguyên liệu vẫn phải nhập khẩu

22/03/2024 | 09:30 | Vụ Công nghiệp

Theo Vụ Công nghiệp, cả nước hiện có 32 nhà máy tinh luyện dầu thực vật với tổng công suất khoảng 2,6 triệu tấn/năm. Hiệu suất sử dụng công suất bình quân chỉ khoảng 62%. Năm 2023, sản lượng dầu thực vật tinh luyện ước đạt 1,52 triệu tấn, giảm 3,1% so với năm 2022.

Ngành sử dụng khoảng 1,35 triệu tấn dầu thô mỗi năm, trong đó dầu thô nhập khẩu chiếm trên 90%. Năm 2023, kim ngạch nhập khẩu dầu mỡ động thực vật đạt 1,12 tỷ USD, giảm 21,4% so với năm 2022; các thị trường cung cấp chính lần lượt là Malaysia (chiếm 36,5%), Indonesia (29,8%) và Argentina (12,1%).

Tiêu thụ dầu ăn bình quân của người Việt Nam năm 2023 khoảng 17,8 kg/người/năm, tăng khoảng 1,5 kg so với năm 2019. Thị trường có mức độ tập trung cao khi ba doanh nghiệp dẫn đầu nắm giữ gần 70% thị phần. Các địa phương có công suất tinh luyện lớn nhất lần lượt là Bà Rịa - Vũng Tàu (780.000 tấn/năm), Long An (720.000 tấn/năm) và TP Hồ Chí Minh (560.000 tấn/năm).

Theo Chiến lược phát triển ngành dầu thực vật Việt Nam (Quyết định số 1678/QĐ-BCT), mục tiêu đến năm 2030 sản lượng dầu tinh luyện đạt 2 triệu tấn, tỷ lệ nguyên liệu sản xuất trong nước đạt ít nhất 15%. Bộ Công Thương dự báo nhu cầu tiêu thụ dầu ăn giai đoạn 2024-2026 tăng bình quân 4-5%/năm.

Tin cùng chuyên mục:
- Hội nghị ngành công nghiệp thực phẩm năm 2024
- Công bố danh mục sản phẩm công nghiệp chủ lực

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G2426 = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
IMP = "thị trường cung cấp chính dầu mỡ động thực vật nhập khẩu"

FIGS = [
    fig("hơn 90% nguyên liệu", "90", 90, "percent", "%", approx="over",
        subject="nguyên liệu ngành dầu thực vật phải nhập khẩu"),
    fig("có 32 nhà máy", "32", 32, "count", "nhà máy", subject="nhà máy tinh luyện dầu thực vật"),
    fig("khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất nhà máy tinh luyện dầu thực vật"),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="hiệu suất sử dụng công suất bình quân"),
    fig("ước đạt 1,52 triệu", "1,52", 1.52e6, "measure", "tấn", status="estimate",
        change=chg("decrease", 3.1, "%", "năm 2022"),
        subject="sản lượng dầu thực vật tinh luyện", period=Y23),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "measure", "tấn/năm", approx="about",
        subject="dầu thô ngành sử dụng mỗi năm"),
    fig("chiếm trên 90%", "90", 90, "percent", "%", approx="over",
        subject="dầu thô nhập khẩu"),
    fig("đạt 1,12 tỷ", "1,12", 1.12e9, "money", "USD",
        change=chg("decrease", 21.4, "%", "năm 2022"),
        subject="kim ngạch nhập khẩu dầu mỡ động thực vật", period=Y23),
    fig("(chiếm 36,5%)", "36,5", 36.5, "percent", "%", subject=f"{IMP} Malaysia", period=Y23),
    fig("(29,8%)", "29,8", 29.8, "percent", "%", subject=f"{IMP} Indonesia", period=Y23),
    fig("(12,1%)", "12,1", 12.1, "percent", "%", subject=f"{IMP} Argentina", period=Y23),
    fig("khoảng 17,8 kg", "17,8", 17.8, "measure", "kg/người/năm", approx="about",
        change=chg("increase", 1.5, "kg", "năm 2019", approx="about"),
        subject="tiêu thụ dầu ăn bình quân của người Việt Nam", period=Y23b),
    fig("ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp dẫn đầu", optional=True),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="thị phần ba doanh nghiệp dẫn đầu nắm giữ"),
    fig("Vũng Tàu (780.000", "780.000", 780000, "measure", "tấn/năm",
        subject="công suất tinh luyện", location="Bà Rịa - Vũng Tàu"),
    fig("Long An (720.000", "720.000", 720000, "measure", "tấn/năm",
        subject="công suất tinh luyện", location="Long An"),
    fig("Minh (560.000", "560.000", 560000, "measure", "tấn/năm",
        subject="công suất tinh luyện", location="TP Hồ Chí Minh"),
    fig("đạt 2 triệu", "2", 2e6, "measure", "tấn", status="target",
        subject="sản lượng dầu tinh luyện", period=T30),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nguyên liệu sản xuất trong nước", period=T30),
    fig("bình quân 4-5%", "4", 4, "percent", "%", value_max=5, status="forecast",
        subject="nhu cầu tiêu thụ dầu ăn tăng bình quân", period=G2426),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/03/2024 | 09:30 | Vụ Công nghiệp', related links, address footer. National figures: Việt Nam.",
    "Distractors: 09:30, Quyết định số 1678/QĐ-BCT, '54 Hai Bà Trưng', 'năm 2024' in a link, baselines năm 2019/2022.",
    "Headline 'hơn 90% nguyên liệu' and 'trong đó dầu thô nhập khẩu chiếm trên 90%' are percent figures of their own (a share with a new subject).",
    "'Hiệu suất ... chỉ khoảng 62%' stands in its own sentence: a percent figure, not an attribute of the capacity.",
    "Import list 'lần lượt là Malaysia (chiếm 36,5%), ...': trade partners are no place (location Việt Nam); the partner is kept in the subject.",
    "Capacity list by province: each province is the figure's location, not its subject.",
    "'ba doanh nghiệp dẫn đầu' names the group whose share follows: optional. 'nắm giữ gần 70% thị phần' → percent figure.",
    "'mục tiêu đến năm 2030' → target, period start null / end 2030-12-31; 'dự báo ... giai đoạn 2024-2026 ... 4-5%/năm' → forecast range.",
    "'tăng khoảng 1,5 kg so với năm 2019' → change in kg on the consumption per head.",
]

if __name__ == "__main__":
    write("p1543-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
