"""p1529-6: ministry site (Bộ NN&PTNT): exports of hand-made brooms, first half of 2024; craft villages by province."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Ngành nghề nông thôn

Xuất khẩu chổi thủ công 6 tháng đầu năm tăng 14,6%

09/07/2024 | 15:10 | Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, 6 tháng đầu năm 2024, kim ngạch xuất khẩu chổi và bàn chải thủ công (chổi chít, chổi đót, chổi dừa, chổi tre) ước đạt 42,8 triệu USD, tăng 14,6% so với cùng kỳ năm 2023. Riêng tháng 6 đạt 8,1 triệu USD, tăng 3,2% so với tháng trước.

Nhật Bản, Hàn Quốc và Hoa Kỳ là ba thị trường lớn nhất, lần lượt chiếm 34%, 22% và 17% kim ngạch. Xuất khẩu sang EU tăng mạnh nhất, gấp 1,8 lần cùng kỳ.

Cả nước hiện có 486 làng nghề sản xuất chổi và dụng cụ vệ sinh thủ công, thu hút hơn 95.000 lao động. Các tỉnh có nhiều làng nghề nhất là Thanh Hóa (72 làng nghề), Nghệ An (64 làng nghề), Quảng Bình (41 làng nghề). Nguyên liệu chít, đót được trồng và khai thác trên diện tích khoảng 28.000 ha, năng suất bình quân 1,2-1,5 tấn/ha.

Năm 2024, ngành phấn đấu kim ngạch xuất khẩu nhóm hàng này đạt 90 triệu USD; mục tiêu đến năm 2030 có 70% làng nghề chổi được công nhận theo Nghị định số 52/2018/NĐ-CP về phát triển ngành nghề nông thôn.

Tin cùng chuyên mục:
- Hội nghị sơ kết Chương trình OCOP 6 tháng đầu năm 2024
- Tập huấn kỹ thuật trồng cây chít tại Thanh Hóa

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8160
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("năm tăng 14,6%", "14,6", 14.6, "percent", "%", subject="xuất khẩu chổi thủ công", period=H1h),
    fig("ước đạt 42,8 triệu", "42,8", 42.8e6, "money", "USD", status="estimate",
        change=chg("increase", 14.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu chổi và bàn chải thủ công", period=H1),
    fig("đạt 8,1 triệu", "8,1", 8.1e6, "money", "USD", change=chg("increase", 3.2, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu chổi và bàn chải thủ công", period=JUN),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", subject="thị trường lớn nhất", optional=True),
    fig("chiếm 34%", "34", 34, "percent", "%", subject="kim ngạch xuất khẩu sang Nhật Bản", period=inh(H1)),
    fig("34%, 22%", "22", 22, "percent", "%", subject="kim ngạch xuất khẩu sang Hàn Quốc", period=inh(H1)),
    fig("và 17%", "17", 17, "percent", "%", subject="kim ngạch xuất khẩu sang Hoa Kỳ", period=inh(H1)),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", subject="xuất khẩu sang EU", period=inh(H1)),
    fig("có 486 làng nghề", "486", 486, "count", "làng nghề",
        subject="làng nghề sản xuất chổi và dụng cụ vệ sinh thủ công"),
    fig("hơn 95.000 lao động", "95.000", 95000, "count", "lao động", approx="over",
        subject="lao động làng nghề sản xuất chổi"),
    fig("Thanh Hóa (72", "72", 72, "count", "làng nghề", subject="làng nghề", location="Thanh Hóa"),
    fig("Nghệ An (64", "64", 64, "count", "làng nghề", subject="làng nghề", location="Nghệ An"),
    fig("Quảng Bình (41", "41", 41, "count", "làng nghề", subject="làng nghề", location="Quảng Bình"),
    fig("khoảng 28.000 ha", "28.000", 28000, "measure", "ha", approx="about",
        subject="diện tích trồng và khai thác chít, đót"),
    fig("1,2-1,5 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", value_max=1.5, subject="năng suất bình quân"),
    fig("đạt 90 triệu", "90", 90e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng", period=Y24),
    fig("có 70% làng nghề", "70", 70, "percent", "%", status="target",
        subject="làng nghề chổi được công nhận", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): banner, breadcrumb, '09/07/2024 | 15:10 | Cục Kinh tế hợp tác và PTNT', related links, address footer.",
    "Distractors: 15:10, Nghị định số 52/2018/NĐ-CP, 'Số 2 Ngọc Hà', phone 024.3846.8160, '6 tháng đầu năm 2024' in a related link.",
    "National figures → Việt Nam; Nhật Bản, Hàn Quốc, Hoa Kỳ, EU are trade partners. The bracketed list of provinces: each item located in its province, subject the list's indicator.",
    "Headline 'tăng 14,6%' is a growth rate as the claim: percent, no change; year-less '6 tháng đầu năm' → 2024 (published).",
    "'Riêng tháng 6 đạt 8,1 triệu USD' is actual (own sentence, no cue). 'lần lượt chiếm 34%, 22% và 17%' are three percent figures; the period is in the previous paragraph (inherited).",
    "'gấp 1,8 lần cùng kỳ' with no base amount is the claim: kind multiple. 'ba thị trường lớn nhất' names the group: optional.",
    "'phấn đấu ... đạt 90 triệu USD' and 'mục tiêu đến năm 2030 có 70%' → target.",
]

if __name__ == "__main__":
    write("p1529-6", TEXT, NOTES, FIGS, published="2024-07-09", location="Việt Nam")
