"""p1541-4: ministry site (Bộ Công Thương, Cục Công nghiệp): national imports of sewing notions, localisation rate (Việt Nam)."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Công nghiệp hỗ trợ

Phụ liệu dệt may: tỷ lệ nội địa hóa còn thấp

08/03/2024 | 14:20 | Cục Công nghiệp

Theo Cục Công nghiệp, năm 2023 kim ngạch nhập khẩu nguyên phụ liệu dệt may, da giày của cả nước đạt 21,6 tỷ USD, giảm 14,2% so với năm 2022. Riêng nhóm phụ liệu may (cúc, khóa kéo, chỉ may, nhãn mác, kim khâu) nhập khẩu khoảng 3,4 tỷ USD, chiếm 15,7% tổng kim ngạch nhập khẩu nguyên phụ liệu. Trung Quốc vẫn là thị trường cung cấp lớn nhất với khoảng 58% kim ngạch, tiếp đến là Hàn Quốc (14%) và Nhật Bản (9%).

Cả nước hiện có khoảng 1.200 doanh nghiệp sản xuất phụ liệu dệt may, trong đó chỉ hơn 100 doanh nghiệp sản xuất được khóa kéo, cúc đạt tiêu chuẩn của các nhãn hàng quốc tế. Kim khâu công nghiệp gần như 100% phải nhập khẩu, mỗi năm ngành may tiêu thụ khoảng 450 triệu chiếc.

Tỷ lệ nội địa hóa của ngành dệt may năm 2023 đạt khoảng 52%, tăng 4 điểm phần trăm so với năm 2020. Theo Chiến lược phát triển ngành Dệt May và Da Giày Việt Nam (Quyết định số 1643/QĐ-TTg), mục tiêu đến năm 2030 tỷ lệ này đạt 60-70%. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu hàng dệt may.

Bộ Công Thương đang xây dựng Chương trình phát triển công nghiệp hỗ trợ, dự kiến giai đoạn 2025-2030 hỗ trợ ít nhất 50 doanh nghiệp phụ liệu tham gia chuỗi cung ứng toàn cầu, mỗi doanh nghiệp tối đa 2 tỷ đồng.

Cục Công nghiệp - 25 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
SHARE = "tỷ trọng kim ngạch nhập khẩu phụ liệu may từ "

FIGS = [
    fig("đạt 21,6 tỷ", "21,6", 21.6e9, "money", "USD", change=chg("decrease", 14.2, "%", "năm 2022"),
        subject="kim ngạch nhập khẩu nguyên phụ liệu dệt may, da giày", period=Y23),
    fig("khoảng 3,4 tỷ", "3,4", 3.4e9, "money", "USD", approx="about", percent=15.7,
        subject="kim ngạch nhập khẩu nhóm phụ liệu may", period=inh(Y23)),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about", subject=SHARE + "Trung Quốc", period=inh(Y23)),
    fig("Hàn Quốc (14%)", "14", 14, "percent", "%", subject=SHARE + "Hàn Quốc", period=inh(Y23)),
    fig("Nhật Bản (9%)", "9", 9, "percent", "%", subject=SHARE + "Nhật Bản", period=inh(Y23)),
    fig("khoảng 1.200 doanh", "1.200", 1200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất phụ liệu dệt may"),
    fig("hơn 100 doanh", "100", 100, "count", "doanh nghiệp", approx="over", total=1200,
        subject="doanh nghiệp sản xuất được khóa kéo, cúc đạt tiêu chuẩn của các nhãn hàng quốc tế"),
    fig("gần như 100%", "100", 100, "percent", "%", approx="nearly",
        subject="kim khâu công nghiệp phải nhập khẩu"),
    fig("khoảng 450 triệu", "450", 450e6, "measure", "chiếc/năm", approx="about",
        subject="kim khâu công nghiệp ngành may tiêu thụ"),
    fig("đạt khoảng 52%", "52", 52, "percent", "%", approx="about",
        change=chg("increase", 4, "điểm phần trăm", "năm 2020"),
        subject="tỷ lệ nội địa hóa của ngành dệt may", period=Y23),
    fig("đạt 60-70%", "60", 60, "percent", "%", value_max=70, status="target",
        subject="tỷ lệ nội địa hóa của ngành dệt may", period=T30),
    fig("thứ 3 thế giới", "3", 3, "rank", "hạng", subject="xuất khẩu hàng dệt may"),
    fig("ít nhất 50 doanh", "50", 50, "count", "doanh nghiệp", approx="at_least", status="forecast",
        subject="doanh nghiệp phụ liệu được hỗ trợ tham gia chuỗi cung ứng toàn cầu", period=G),
    fig("tối đa 2 tỷ", "2", 2e9, "money", "đồng/doanh nghiệp", approx="at_most", status="forecast",
        subject="mức hỗ trợ mỗi doanh nghiệp", period=G),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '08/03/2024 | 14:20 | Cục Công nghiệp', address footer. National: Việt Nam.",
    "Distractors: 14:20, 'Quyết định số 1643/QĐ-TTg', '25 Ngô Quyền', baselines 'năm 2022', 'năm 2020', 'giai đoạn 2025-2030' as a period.",
    "'chiếm 15,7% tổng kim ngạch' → percent attribute of 3,4 tỷ USD; no total ('Riêng' is no cue, the whole is named not counted).",
    "Partner list 'Trung Quốc ... khoảng 58% kim ngạch, tiếp đến là Hàn Quốc (14%) và Nhật Bản (9%)': foreign partners are",
    "  not places of the figure, so location Việt Nam and the partner stays in the subject.",
    "'khoảng 1.200 doanh nghiệp ..., trong đó chỉ hơn 100' → total 1200. 'mỗi năm ... khoảng 450 triệu chiếc' is a rate: chiếc/năm.",
    "'tăng 4 điểm phần trăm so với năm 2020' → change in điểm phần trăm. 'tỷ lệ này' resolved to its referent.",
    "'dự kiến giai đoạn 2025-2030 hỗ trợ ít nhất 50 doanh nghiệp ..., mỗi doanh nghiệp tối đa 2 tỷ đồng' → both forecast.",
]

if __name__ == "__main__":
    write("p1541-4", TEXT, NOTES, FIGS, published="2024-03-08", location="Việt Nam")
