"""p1253-3: ministry site (Bộ NN&PTNT, Cục Kiểm lâm): bears kept in captivity nationwide, as of 30/6/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Lâm nghiệp

Số gấu nuôi nhốt trong dân giảm hơn 90% sau gần hai thập kỷ

20/08/2024 | 14:10 | Cục Kiểm lâm

Theo số liệu của Cục Kiểm lâm, tính đến ngày 30/6/2024, cả nước còn 286 cá thể gấu nuôi nhốt tại 102 cơ sở thuộc 21 tỉnh, thành phố, giảm 93% so với năm 2005 (khi cả nước có khoảng 4.300 cá thể). Trong đó, Hà Nội còn 58 cá thể, Quảng Ninh 41 cá thể, Nghệ An 27 cá thể; các địa phương còn lại có tổng cộng 160 cá thể.

Từ năm 2005 đến nay, đã có 1.146 cá thể gấu được chuyển giao về các cơ sở cứu hộ, trong đó hơn 700 cá thể do chủ nuôi tự nguyện chuyển giao. Cả nước hiện có ba trung tâm chuyên cứu hộ gấu với tổng sức chứa khoảng 600 cá thể, đang chăm sóc 479 cá thể.

6 tháng đầu năm 2024, lực lượng kiểm lâm đã phát hiện, xử lý 1.052 vụ vi phạm về quản lý, bảo vệ động vật hoang dã, giảm 8,4% so với cùng kỳ; tịch thu 3.410 cá thể động vật và 1,9 tấn sản phẩm động vật hoang dã. Số cá thể chuyển giao cho các cơ sở cứu hộ đạt 2.126 cá thể, bằng 62,3% số cá thể tịch thu.

Mục tiêu đến năm 2026, chuyển giao ít nhất 80% số gấu còn lại về các cơ sở cứu hộ và đến năm 2030 chấm dứt hoàn toàn việc nuôi nhốt gấu trong dân. Bộ đề nghị các địa phương thực hiện nghiêm Chỉ thị số 29/CT-TTg và Nghị định số 84/2021/NĐ-CP.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
Y05 = per("năm 2005", "2005-01-01", "2005-12-31")
SINCE = per("Từ năm 2005 đến nay", "2005-01-01", "2024-08-20")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO26 = per("đến năm 2026", None, "2026-12-31")
SUBJ = "cá thể gấu nuôi nhốt"

FIGS = [
    fig("giảm hơn 90%", "90", 90, "percent", "%", approx="over",
        subject="số gấu nuôi nhốt trong dân"),
    fig("còn 286 cá thể", "286", 286, "count", "cá thể",
        change=chg("decrease", 93, "%", "năm 2005"), subject=SUBJ, period=ASOF),
    fig("tại 102 cơ sở", "102", 102, "count", "cơ sở",
        subject="cơ sở nuôi nhốt gấu", period=ASOF),
    fig("thuộc 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có gấu nuôi nhốt", period=ASOF),
    fig("khoảng 4.300 cá thể", "4.300", 4300, "count", "cá thể", approx="about",
        subject=SUBJ, period=Y05),
    fig("Hà Nội còn 58", "58", 58, "count", "cá thể", total=286,
        subject=SUBJ, period=inh(ASOF), location="Hà Nội"),
    fig("Quảng Ninh 41", "41", 41, "count", "cá thể", total=286,
        subject=SUBJ, period=inh(ASOF), location="Quảng Ninh"),
    fig("Nghệ An 27", "27", 27, "count", "cá thể", total=286,
        subject=SUBJ, period=inh(ASOF), location="Nghệ An"),
    fig("cộng 160 cá thể", "160", 160, "count", "cá thể", total=286,
        subject="cá thể gấu nuôi nhốt ở các địa phương còn lại", period=inh(ASOF)),
    fig("có 1.146 cá thể", "1.146", 1146, "count", "cá thể",
        subject="cá thể gấu được chuyển giao về các cơ sở cứu hộ", period=SINCE),
    fig("hơn 700 cá thể", "700", 700, "count", "cá thể", approx="over", total=1146,
        subject="cá thể gấu do chủ nuôi tự nguyện chuyển giao", period=SINCE),
    fig("có ba trung tâm", "ba", 3, "count", "trung tâm",
        subject="trung tâm chuyên cứu hộ gấu"),
    fig("khoảng 600 cá thể", "600", 600, "count", "cá thể", approx="about",
        subject="tổng sức chứa của các trung tâm cứu hộ gấu"),
    fig("chăm sóc 479 cá thể", "479", 479, "count", "cá thể",
        subject="cá thể gấu các trung tâm đang chăm sóc"),
    fig("xử lý 1.052 vụ", "1.052", 1052, "count", "vụ",
        change=chg("decrease", 8.4, "%", "cùng kỳ"),
        subject="vụ vi phạm về quản lý, bảo vệ động vật hoang dã phát hiện, xử lý", period=H1),
    fig("thu 3.410 cá thể", "3.410", 3410, "count", "cá thể",
        subject="cá thể động vật tịch thu", period=H1),
    fig("và 1,9 tấn", "1,9", 1.9, "measure", "tấn",
        subject="sản phẩm động vật hoang dã tịch thu", period=H1),
    fig("đạt 2.126 cá thể", "2.126", 2126, "count", "cá thể", percent=62.3,
        subject="số cá thể chuyển giao cho các cơ sở cứu hộ", period=inh(H1)),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="số gấu còn lại chuyển giao về các cơ sở cứu hộ", period=TO26),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/08/2024 | 14:10 | Cục Kiểm lâm', footer address. National figures → Việt Nam.",
    "Distractors: 14:10, Chỉ thị số 29/CT-TTg, Nghị định số 84/2021/NĐ-CP, 'Số 2 Ngọc Hà', 'gần hai thập kỷ' (a duration that",
    "only locates the headline's decline in time), 'đến năm 2030 chấm dứt' (a date, no number).",
    "Headline 'giảm hơn 90%' is a rate of its own (percent, no change). 286 carries change 'giảm 93% so với năm 2005'; the bracket",
    "'(khi cả nước có khoảng 4.300 cá thể)' is a figure of 2005. 'Trong đó' follows the bracket, but the whole counting the same",
    "thing over the same period is 286: the province list and 'các địa phương còn lại ... 160' (58+41+27+160 = 286) take total 286.",
    "'Từ năm 2005 đến nay' ends at the dateline 2024-08-20; 'trong đó hơn 700' → total 1.146. 'hiện' figures have no period.",
    "'bằng 62,3% số cá thể tịch thu' → percent attribute of 2.126. 'Mục tiêu đến năm 2026 ... ít nhất 80%' → target.",
]

if __name__ == "__main__":
    write("p1253-3", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
