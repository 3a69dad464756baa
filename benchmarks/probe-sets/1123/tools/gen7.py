"""p1123-7: department site (Chi cục ATVSTP Nghệ An), no dateline - inspections of bún, bánh phở; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ NGHỆ AN
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Giới thiệu | Tin tức | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Kiểm tra an toàn thực phẩm tại các cơ sở sản xuất bún, bánh phở, bánh mướt

Từ ngày 15/4 đến ngày 15/5/2024, các đoàn kiểm tra liên ngành đã kiểm tra 287 cơ sở sản xuất bún, bánh phở, bánh mướt trên địa bàn tỉnh, trong đó có 52 cơ sở thuộc các làng nghề. Kết quả, 243 cơ sở đạt yêu cầu, chiếm 84,7%; xử phạt vi phạm hành chính 23 cơ sở với tổng số tiền 96,5 triệu đồng.

Kết quả kiểm tra tại một số địa phương:
Đơn vị tính: cơ sở
Địa phương
Số cơ sở được kiểm tra
Số cơ sở vi phạm
TP Vinh
64
7
Huyện Hưng Nguyên
41
5
Huyện Nam Đàn
38
3
Huyện Diễn Châu
35
4
Tổng cộng
178
19

Qua test nhanh 120 mẫu bún, bánh phở, đoàn phát hiện 4 mẫu dương tính với hàn the (TP Vinh 2 mẫu, Diễn Châu 2 mẫu). Đoàn đã buộc tiêu hủy hơn 350 kg sản phẩm không rõ nguồn gốc.

Chi cục đề nghị UBND các huyện, thành phố, thị xã tăng cường hậu kiểm; phấn đấu đến hết năm 2024, 100% cơ sở sản xuất bún, bánh tại làng nghề được tập huấn kiến thức an toàn thực phẩm.

Bài viết liên quan:
- Hội thi kiến thức an toàn thực phẩm cho người sản xuất lần thứ 2
- Cảnh báo hàn the trong bún, bánh cuốn

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM NGHỆ AN
Địa chỉ: Số 18 Trường Thi, TP Vinh, Nghệ An | Điện thoại: 0238.3598.466
Lượt truy cập: 845.210 | Đang online: 17
"""

CAMP = per("Từ ngày 15/4 đến ngày 15/5/2024", "2024-04-15", "2024-05-15")
END24 = per("đến hết năm 2024", None, "2024-12-31")
KT = "số cơ sở được kiểm tra"
VP = "số cơ sở vi phạm"


def cell(anchor, number, value, subject, location=None):
    kw = {"location": location} if location else {}
    return fig(anchor, number, value, "count", "cơ sở", subject=subject, period=inh(CAMP), **kw)


FIGS = [
    fig("kiểm tra 287 cơ sở", "287", 287, "count", "cơ sở",
        subject="cơ sở sản xuất bún, bánh phở, bánh mướt được kiểm tra", period=CAMP),
    fig("có 52 cơ sở", "52", 52, "count", "cơ sở", total=287,
        subject="cơ sở sản xuất bún, bánh phở, bánh mướt thuộc các làng nghề", period=CAMP),
    fig("243 cơ sở", "243", 243, "count", "cơ sở", percent=84.7,
        subject="cơ sở đạt yêu cầu", period=inh(CAMP)),
    fig("hành chính 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(CAMP)),
    fig("96,5 triệu", "96,5", 96.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(CAMP)),
    cell("TP Vinh\n64", "64", 64, KT, "Vinh"),
    cell("64\n7\n", "7", 7, VP, "Vinh"),
    cell("Hưng Nguyên\n41", "41", 41, KT, "Hưng Nguyên"),
    cell("41\n5\n", "5", 5, VP, "Hưng Nguyên"),
    cell("Nam Đàn\n38", "38", 38, KT, "Nam Đàn"),
    cell("38\n3\n", "3", 3, VP, "Nam Đàn"),
    cell("Diễn Châu\n35", "35", 35, KT, "Diễn Châu"),
    cell("35\n4\n", "4", 4, VP, "Diễn Châu"),
    cell("Tổng cộng\n178", "178", 178, KT + " tổng cộng"),
    cell("178\n19\n", "19", 19, VP + " tổng cộng"),
    fig("nhanh 120 mẫu", "120", 120, "count", "mẫu", subject="mẫu bún, bánh phở test nhanh", period=inh(CAMP)),
    fig("phát hiện 4 mẫu", "4", 4, "count", "mẫu", subject="mẫu dương tính với hàn the", period=inh(CAMP)),
    fig("Vinh 2 mẫu", "2", 2, "count", "mẫu", total=4, location="Vinh",
        subject="mẫu dương tính với hàn the", period=inh(CAMP)),
    fig("Diễn Châu 2 mẫu", "2", 2, "count", "mẫu", total=4, location="Diễn Châu",
        subject="mẫu dương tính với hàn the", period=inh(CAMP)),
    fig("hơn 350 kg", "350", 350, "measure", "kg", approx="over",
        subject="sản phẩm không rõ nguồn gốc bị tiêu hủy", period=inh(CAMP)),
    fig("2024, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất bún, bánh tại làng nghề được tập huấn kiến thức an toàn thực phẩm", period=END24),
]

NOTES = [
    "Department site (Sở Y tế Nghệ An, Chi cục ATVSTP): no dateline, menu, related links, footer address/phone, counters.",
    "Distractors: 'lần thứ 2', 'Số 18 Trường Thi', phone 0238.3598.466, 'Lượt truy cập: 845.210', 'Đang online: 17'.",
    "Campaign period 'Từ ngày 15/4 đến ngày 15/5/2024' = 2024-04-15..2024-05-15; scored in its own sentence, inherited after.",
    "One-cell-per-line table (Đơn vị tính: cơ sở): place rows -> location (TP Vinh -> Vinh), column label -> subject; total row: Nghệ An.",
    "'(TP Vinh 2 mẫu, Diễn Châu 2 mẫu)' is a bracketed breakdown of 4 mẫu that adds up: total 4. 243 'đạt yêu cầu, chiếm 84,7%': percent, no cue for a total.",
    "No published date.",
]

if __name__ == "__main__":
    write("p1123-7", TEXT, NOTES, FIGS, location="Nghệ An")
