"""p1263-2: district portal (huyện Đông Anh, Hà Nội): launch of the stray-dog control and rabies vaccination round 1 of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Đông Anh ra quân kiểm soát chó thả rông, tiêm phòng dại đợt 1 năm 2024

22/04/2024 - 10:30

Sáng 20/4, UBND huyện Đông Anh tổ chức lễ ra quân kiểm soát chó thả rông và tiêm phòng dại cho chó, mèo năm 2024 tại thôn Đông, xã Uy Nỗ.

Theo Phòng Kinh tế huyện, toàn huyện hiện có khoảng 46.500 con chó và 12.800 con mèo, nuôi tại 31.200 hộ gia đình. Năm 2023, huyện đã tiêm phòng dại cho 39.850 con chó, mèo, đạt 67,2% tổng đàn; 18/24 xã, thị trấn có tỷ lệ tiêm phòng trên 70%.

Đợt 1 năm 2024 diễn ra từ ngày 20/4 đến ngày 20/5, huyện phấn đấu tiêm cho ít nhất 30.000 con chó, mèo. Ngân sách huyện hỗ trợ 100% kinh phí vắc xin cho khoảng 1.150 hộ nghèo, hộ cận nghèo; các hộ còn lại nộp 30.000 đồng/con.

Năm 2023, các tổ kiểm soát cấp xã đã bắt giữ 312 con chó thả rông, trong đó 205 con được chủ nhận lại sau khi nộp phạt, số còn lại được xử lý theo quy định. Công an huyện và UBND các xã đã xử phạt 187 trường hợp vi phạm với tổng số tiền hơn 140 triệu đồng, gấp hai lần năm 2022.

Theo Nghị định số 04/2020/NĐ-CP, hành vi thả rông chó ở nơi công cộng có thể bị phạt tiền từ 600.000 đến 800.000 đồng.

Phát biểu tại buổi lễ, ông Nguyễn Quang Huy, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn phấn đấu đến hết năm 2024 mỗi thôn có ít nhất một tổ tự quản gồm từ 3 đến 5 thành viên, 100% chó nuôi được đăng ký và không còn chó thả rông ở khu vực trung tâm.

Tin khác:
- Đông Anh tổ chức Hội nghị tổng kết công tác khuyến nông
- Xã Uy Nỗ đón nhận danh hiệu nông thôn mới nâng cao

Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, Hà Nội | Điện thoại: 024.3883.2116
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ROUND1 = per("từ ngày 20/4 đến ngày 20/5", "2024-04-20", "2024-05-20")
BY24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("khoảng 46.500 con", "46.500", 46500, "count", "con", approx="about", subject="chó"),
    fig("12.800 con mèo", "12.800", 12800, "count", "con", subject="mèo"),
    fig("tại 31.200 hộ", "31.200", 31200, "count", "hộ", subject="hộ gia đình nuôi chó, mèo"),
    fig("cho 39.850 con", "39.850", 39850, "count", "con", percent=67.2,
        subject="chó, mèo được tiêm phòng dại", period=Y23),
    fig("18/24 xã", "18", 18, "count", "xã, thị trấn", total=24,
        subject="xã, thị trấn có tỷ lệ tiêm phòng trên 70%", period=Y23),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", optional=True,
        subject="tỷ lệ tiêm phòng", period=Y23),
    fig("ít nhất 30.000 con", "30.000", 30000, "count", "con", approx="at_least", status="target",
        subject="chó, mèo được tiêm", period=ROUND1),
    fig("hỗ trợ 100% kinh phí", "100", 100, "percent", "%",
        subject="kinh phí vắc xin ngân sách huyện hỗ trợ cho hộ nghèo, hộ cận nghèo"),
    fig("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ", approx="about",
        subject="hộ nghèo, hộ cận nghèo được hỗ trợ kinh phí vắc xin"),
    fig("30.000 đồng/con", "30.000", 30000, "money", "đồng/con",
        subject="kinh phí vắc xin các hộ còn lại nộp"),
    fig("bắt giữ 312 con", "312", 312, "count", "con",
        subject="chó thả rông bị bắt giữ", period=Y23),
    fig("trong đó 205 con", "205", 205, "count", "con", total=312,
        subject="chó được chủ nhận lại sau khi nộp phạt", period=Y23),
    fig("xử phạt 187 trường hợp", "187", 187, "count", "trường hợp",
        subject="trường hợp vi phạm bị xử phạt", period=inh(Y23)),
    fig("hơn 140 triệu", "140", 140e6, "money", "đồng", approx="over",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="tổng số tiền xử phạt", period=inh(Y23)),
    fig("từ 600.000 đến 800.000", "600.000", 600000, "money", "đồng", value_max=800000,
        subject="mức phạt hành vi thả rông chó ở nơi công cộng", location="Việt Nam"),
    fig("ít nhất một tổ", "một", 1, "count", "tổ", approx="at_least", status="target",
        subject="tổ tự quản mỗi thôn", period=BY24),
    fig("từ 3 đến 5 thành viên", "3", 3, "count", "thành viên", value_max=5, status="target",
        subject="thành viên tổ tự quản", period=BY24),
    fig("100% chó nuôi", "100", 100, "percent", "%", status="target",
        subject="chó nuôi được đăng ký", period=BY24),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): portal banner, breadcrumb, '22/04/2024 - 10:30' under the headline, 'Tin khác', address footer.",
    "Distractors: 'đợt 1' (twice), 'Sáng 20/4', 'thôn Đông', 'Nghị định số 04/2020/NĐ-CP', 'Số 68 đường Cao Lỗ', phone 024.3883.2116, time 10:30.",
    "All figures are the district's (location Đông Anh) except the legal fine of a national decree (Việt Nam; borderline).",
    "'18/24 xã, thị trấn' → total 24; the threshold 'trên 70%' inside its subject is optional (a criterion, not clearly a claim).",
    "Round 1 runs 'từ ngày 20/4 đến ngày 20/5' (2024, the year of the same sentence): that is the period of its target.",
    "'gấp hai lần năm 2022' after the fine total → change increase 2 lần (as 'tăng hơn 2,8 lần' in FIGURES.md).",
    "'gồm từ 3 đến 5 thành viên': 'gồm' names the team's make-up, not parts of a figure of the same thing → no total.",
    "The last sentence is governed by 'phấn đấu đến hết năm 2024' → target, period end 2024-12-31.",
    "'Ngân sách huyện hỗ trợ 100% kinh phí' and '30.000 đồng/con' have no period in their sentences.",
]

if __name__ == "__main__":
    write("p1263-2", TEXT, NOTES, FIGS, published="2024-04-22", location="Đông Anh")
