"""p1187-2: district portal (huyện Quỳnh Lưu, Nghệ An): district traditional martial arts tournament 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Trang chủ / Tin tức / Văn hóa - Xã hội

Sôi nổi Giải Võ cổ truyền huyện Quỳnh Lưu năm 2024

Ngày đăng: 09/04/2024 | Người viết: Hồng Vân

Sáng 7/4, tại Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện, UBND huyện Quỳnh Lưu tổ chức bế mạc Giải Võ cổ truyền huyện lần thứ VI năm 2024. Giải thu hút 186 vận động viên của 21 câu lạc bộ, tăng 42 vận động viên so với giải năm 2023. Trong đó, vận động viên nữ là 64 người.

Các vận động viên tranh tài ở 2 nội dung quyền thuật và đối kháng, với 58 bộ huy chương. Kết quả, Câu lạc bộ Võ cổ truyền xã Quỳnh Thạch xếp thứ nhất toàn đoàn với 9 HCV, 4 HCB, 3 HCĐ; các câu lạc bộ xã Quỳnh Văn và thị trấn Cầu Giát lần lượt xếp thứ 2 và 3. Tổng giá trị giải thưởng gần 40 triệu đồng.

Hiện toàn huyện có 27 câu lạc bộ võ cổ truyền với khoảng 1.350 võ sinh tập luyện thường xuyên; 19/33 xã, thị trấn đã có câu lạc bộ. Võ cổ truyền cũng được đưa vào dạy ngoại khóa tại 14 trường tiểu học và trung học cơ sở, thu hút hơn 2.000 học sinh. Học phí tại các câu lạc bộ từ 100.000 đến 150.000 đồng/võ sinh/tháng; học sinh thuộc hộ nghèo được miễn học phí.

Phát biểu bế mạc, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn tiếp tục quan tâm phong trào. Phấn đấu đến năm 2025, mỗi xã, thị trấn có ít nhất 1 câu lạc bộ võ cổ truyền, số người tập luyện thường xuyên đạt trên 2.000 người.

Tin liên quan:
- Quỳnh Lưu: Khai mạc Đại hội Thể dục thể thao huyện lần thứ IX
- Xã Quỳnh Thạch ra mắt câu lạc bộ võ cổ truyền thứ hai

UBND HUYỆN QUỲNH LƯU - Địa chỉ: Khối 3, thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An
Điện thoại: 0238.3864.215
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
QT = "của Câu lạc bộ Võ cổ truyền xã Quỳnh Thạch"

FIGS = [
    F("thu hút 186 vận động viên", "186", 186, "count", "vận động viên",
      change=C("increase", 42, "vận động viên", "giải năm 2023"),
      subject="vận động viên tham gia Giải Võ cổ truyền huyện", period=I(Y24)),
    F("của 21 câu lạc bộ", "21", 21, "count", "câu lạc bộ",
      subject="câu lạc bộ tham gia Giải Võ cổ truyền huyện", period=I(Y24)),
    F("là 64 người", "64", 64, "count", "người", total=186,
      subject="vận động viên nữ tham gia Giải Võ cổ truyền huyện", period=I(Y24)),
    F("ở 2 nội dung", "2", 2, "count", "nội dung", subject="nội dung quyền thuật và đối kháng", period=I(Y24)),
    F("với 58 bộ", "58", 58, "count", "bộ huy chương", subject="bộ huy chương của giải", period=I(Y24)),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng",
      subject="xếp hạng toàn đoàn Câu lạc bộ Võ cổ truyền xã Quỳnh Thạch", period=I(Y24)),
    F("với 9 HCV", "9", 9, "count", "HCV", subject="HCV " + QT, period=I(Y24)),
    F("4 HCB", "4", 4, "count", "HCB", subject="HCB " + QT, period=I(Y24)),
    F("3 HCĐ", "3", 3, "count", "HCĐ", subject="HCĐ " + QT, period=I(Y24)),
    F("xếp thứ 2 và", "2", 2, "rank", "hạng",
      subject="xếp hạng toàn đoàn câu lạc bộ xã Quỳnh Văn", period=I(Y24)),
    F("và 3. Tổng", "3", 3, "rank", "hạng",
      subject="xếp hạng toàn đoàn câu lạc bộ thị trấn Cầu Giát", period=I(Y24)),
    F("gần 40 triệu", "40", 40e6, "money", "đồng", approx="nearly",
      subject="tổng giá trị giải thưởng", period=I(Y24)),
    F("có 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", subject="câu lạc bộ võ cổ truyền"),
    F("khoảng 1.350 võ sinh", "1.350", 1350, "count", "võ sinh", approx="about",
      subject="võ sinh tập luyện thường xuyên"),
    F("19/33", "19", 19, "count", "xã, thị trấn", total=33, subject="xã, thị trấn đã có câu lạc bộ võ cổ truyền"),
    F("tại 14 trường", "14", 14, "count", "trường",
      subject="trường tiểu học và trung học cơ sở dạy võ cổ truyền ngoại khóa"),
    F("hơn 2.000 học sinh", "2.000", 2000, "count", "học sinh", approx="over",
      subject="học sinh học võ cổ truyền ngoại khóa"),
    F("từ 100.000 đến", "100.000", 100000, "money", "đồng/võ sinh/tháng", value_max=150000,
      subject="học phí tại các câu lạc bộ võ cổ truyền"),
    F("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", approx="at_least", status="target",
      optional=True, subject="câu lạc bộ võ cổ truyền mỗi xã, thị trấn", period=TO25),
    F("trên 2.000 người", "2.000", 2000, "count", "người", approx="over", status="target",
      subject="người tập luyện võ cổ truyền thường xuyên", period=TO25),
]

NOTES = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): portal header, breadcrumb, 'Ngày đăng: 09/04/2024 | Người viết', related links, footer address and phone.",
    "Distractors: 'Sáng 7/4', 'lần thứ VI', 'lần thứ IX', 'câu lạc bộ võ cổ truyền thứ hai' (ordinal), 'Khối 3', phone 0238.3864.215.",
    "Tournament figures take the period 'năm 2024' of the first sentence (inherited). 'Hiện' figures and the fee get no period.",
    "'xếp thứ nhất' is rank 1 (an ordinal number word stating a rank). Clubs of communes are located in the district (Quỳnh Lưu).",
    "'Trong đó, vận động viên nữ là 64 người' follows the whole 186 across a sentence break. 'tăng 42 vận động viên' is the change of 186.",
    "revised after the first run: '2 nội dung' subject 'nội dung thi đấu' → 'nội dung quyền thuật và đối kháng' (the sentence names it).",
    "'mỗi xã, thị trấn có ít nhất 1 câu lạc bộ' only says every commune has a club (a yes/no criterion, cf. p1187-1): optional, target.",
]

if __name__ == "__main__":
    write("p1187-2", TEXT, NOTES, FIGS, published="2024-04-09", location="Quỳnh Lưu")
