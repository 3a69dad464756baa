"""p641-4: ministry-level site (Kiểm toán nhà nước) — sơ kết 9 tháng năm 2024, national figures."""
from lib import F, P, I, CH, emit

TEXT = """KIỂM TOÁN NHÀ NƯỚC
Trang chủ » Tin tức » Hoạt động kiểm toán
Ngày đăng: 10/10/2024 | Lượt xem: 2.105

Kiểm toán nhà nước sơ kết công tác 9 tháng năm 2024

Sáng 9/10, tại trụ sở Kiểm toán nhà nước (số 111 Trần Duy Hưng, Hà Nội), Tổng Kiểm toán nhà nước chủ trì hội nghị sơ kết công tác 9 tháng và triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, 9 tháng năm 2024, toàn ngành đã phát hành 118 báo cáo kiểm toán, đạt 63,4% kế hoạch năm. Kế hoạch kiểm toán năm 2024 gồm 186 cuộc kiểm toán.

Qua kiểm toán, Kiểm toán nhà nước kiến nghị xử lý tài chính 10.254 tỷ đồng (tăng thu 2.307 tỷ đồng, giảm chi 1.184 tỷ đồng, kiến nghị khác 6.763 tỷ đồng), tăng 8,6% so với cùng kỳ năm 2023. Kiến nghị sửa đổi, bổ sung, thay thế hoặc hủy bỏ 63 văn bản; chuyển 4 hồ sơ vụ việc có dấu hiệu tội phạm sang Cơ quan điều tra.

Lĩnh vực đầu tư xây dựng có số kiến nghị lớn nhất với 3.418 tỷ đồng, chiếm 33,3%; tiếp đến là ngân sách địa phương 2.956 tỷ đồng và doanh nghiệp nhà nước 1.875 tỷ đồng.

Về kết quả thực hiện kiến nghị, tính đến 30/9/2024, các đơn vị đã thực hiện 14.872 tỷ đồng kiến nghị của các năm 2019-2022, đạt 79,8% (năm 2023 là 77,7%); trong đó thu hồi nộp ngân sách nhà nước 5.612 tỷ đồng. Số tiền thu hồi nộp ngân sách gấp 1,4 lần cùng kỳ năm 2023.

Phát biểu chỉ đạo, Tổng Kiểm toán nhà nước yêu cầu các đơn vị thực hiện nghiêm Chỉ thị số 03/CT-KTNN, phấn đấu hoàn thành 100% kế hoạch kiểm toán năm 2024 và đưa tỷ lệ thực hiện kiến nghị đạt tối thiểu 80%.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
T = 10254e9

FIGS = [
    F("phát hành 118 báo cáo", "118", 118, "count", "báo cáo kiểm toán", "báo cáo kiểm toán phát hành", M9, percent=63.4),
    F("gồm 186 cuộc kiểm toán", "186", 186, "count", "cuộc kiểm toán", "cuộc kiểm toán theo kế hoạch kiểm toán năm 2024", Y24,
      status="target"),
    F("tài chính 10.254 tỷ đồng", "10.254", T, "money", "đồng", "kiến nghị xử lý tài chính", I(M9),
      change=CH("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("tăng thu 2.307 tỷ đồng", "2.307", 2307e9, "money", "đồng", "kiến nghị tăng thu", I(M9), total=T),
    F("giảm chi 1.184 tỷ đồng", "1.184", 1184e9, "money", "đồng", "kiến nghị giảm chi", I(M9), total=T),
    F("kiến nghị khác 6.763 tỷ đồng", "6.763", 6763e9, "money", "đồng", "kiến nghị khác", I(M9), total=T),
    F("hủy bỏ 63 văn bản", "63", 63, "count", "văn bản", "văn bản kiến nghị sửa đổi, bổ sung, thay thế hoặc hủy bỏ", I(M9)),
    F("chuyển 4 hồ sơ", "4", 4, "count", "hồ sơ vụ việc", "hồ sơ vụ việc có dấu hiệu tội phạm chuyển Cơ quan điều tra", I(M9)),
    F("với 3.418 tỷ đồng", "3.418", 3418e9, "money", "đồng", "kiến nghị xử lý tài chính lĩnh vực đầu tư xây dựng", I(M9),
      percent=33.3),
    F("địa phương 2.956 tỷ đồng", "2.956", 2956e9, "money", "đồng", "kiến nghị xử lý tài chính lĩnh vực ngân sách địa phương",
      I(M9)),
    F("doanh nghiệp nhà nước 1.875 tỷ đồng", "1.875", 1875e9, "money", "đồng",
      "kiến nghị xử lý tài chính lĩnh vực doanh nghiệp nhà nước", I(M9)),
    F("thực hiện 14.872 tỷ đồng", "14.872", 14872e9, "money", "đồng", "kiến nghị của các năm 2019-2022 đã thực hiện", ASOF,
      percent=79.8),
    F("(năm 2023 là 77,7%)", "77,7", 77.7, "percent", "%", "tỷ lệ thực hiện kiến nghị",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("nhà nước 5.612 tỷ đồng", "5.612", 5612e9, "money", "đồng", "thu hồi nộp ngân sách nhà nước", ASOF, total=14872e9),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số tiền thu hồi nộp ngân sách so với cùng kỳ năm 2023"),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch kiểm toán năm 2024 hoàn thành", Y24, status="target"),
    F("tối thiểu 80%", "80", 80, "percent", "%", "tỷ lệ thực hiện kiến nghị", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Kiểm toán nhà nước (sao.gov.vn style): sơ kết công tác 9 tháng năm 2024 — national figures, location Việt Nam (invented).",
    "'Ngày đăng: 10/10/2024' gives published; 'Lượt xem: 2.105', 'số 111 Trần Duy Hưng', 'Chỉ thị số 03/CT-KTNN', 'quý IV/2024',",
    "'Sáng 9/10' are not figures. The bracketed tăng thu / giảm chi / khác add up to 10.254 tỷ: total; the change after the bracket",
    "belongs to 10.254 tỷ. Sector amounts have no part-of cue: no total. '(năm 2023 là 77,7%)' after the share 79,8% is its own figure.",
    "5.612 tỷ follows 'trong đó' after the bracket and ';': its whole is 14.872 tỷ (same thing, money), not the bracketed percent.",
    "14.872 tỷ: the period is the as-of date (the 'năm 2019-2022' are the audit years of the recommendations, kept in the subject).",
    "'gấp 1,4 lần cùng kỳ' stands alone as its sentence's claim: multiple. 'phấn đấu … 100%' and 'tối thiểu 80%' are targets for 2024.",
]

if __name__ == "__main__":
    emit("p641-4", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Việt Nam")
